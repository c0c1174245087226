#pragma once
// The audit log's hash chain (docs/staff.md "Audit log"). Entry n's hash is SHA-256 over its own
// fields and entry n-1's hash, so changing, removing or moving any entry breaks every hash after
// it; the chain's head (the last seq and its hash) stands for the whole log, which is what the
// heartbeat's signed audit_checkpoint carries to the portal.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::outbox {

// The "previous hash" of entry 1.
inline constexpr std::string_view kAuditGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditEntry {
    std::int64_t seq = 0;  // 1, 2, 3, ... with no gaps
    std::chrono::sys_seconds at{};
    std::string kind;        // core::auditKindName
    std::string operatorId;  // core::isAuditOperatorId
    std::string filingId;    // empty when no filing is involved
    std::string detail;      // a short code, never free text
    std::string sha256;      // lower-case hex, as stored
};

struct AuditHead {
    std::int64_t seq = 0;  // 0: the log is empty
    std::string sha256 = std::string(kAuditGenesis);
};

// What the heartbeat's signed checkpoint carries (docs/staff.md): the head now, and the
// checkpoint sent before as the chain holds it now (seq 0 and the genesis hash when none was).
struct AuditAnchor {
    AuditHead head;
    AuditHead previous;
};

// SHA-256 (lower-case hex) of the entry's fields and the previous entry's hash. The fields are
// joined with newlines, which none of them may contain.
std::string auditEntryHash(const AuditEntry& entry, std::string_view previousSha256);

// Where a chain stops being the one that was written.
struct AuditBreak {
    std::int64_t seq = 0;  // the first entry that does not fit
    std::string code;      // audit.missing, audit.altered
    std::string message;   // Vietnamese, then English
};

// Reads a chain entry by entry in seq order and says where it first breaks.
class AuditChainCheck {
public:
    // Nullopt while every entry so far fits; the first break otherwise (later entries are not
    // looked at once the chain is broken).
    std::optional<AuditBreak> add(const AuditEntry& entry);
    // The last entry that fitted.
    const AuditHead& head() const { return m_head; }
    std::int64_t entries() const { return m_entries; }

private:
    AuditHead m_head;
    std::int64_t m_entries = 0;
    bool m_broken = false;
};

}  // namespace kiosk::outbox

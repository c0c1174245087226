#pragma once
// The audit log in the outbox database (table audit_entry, schema v4): append-only, one hash
// chain (audit_chain.hpp). The kiosk, the desk and kiosk-admin append through core::AuditLog;
// kiosk-admin verifies and prints it; kiosk-sync reads its head for the heartbeat's checkpoint.
// Thread-safe: one connection behind a mutex (the sign-in worker and the UI thread both append).
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/outbox/audit_chain.hpp"
#include "kiosk/outbox/outbox.hpp"

namespace kiosk::sqlite {
class Database;
}

namespace kiosk::outbox {

// What `kiosk-admin audit verify` reports.
struct AuditVerdict {
    std::int64_t entries = 0;         // entries that fit the chain, from 1
    AuditHead head;                   // the last of them
    std::optional<AuditBreak> fault;  // none: the whole log is intact
};

class AuditStore final : public core::AuditLog {
public:
    // The database of `options` (databasePath, create, busyTimeout, clock); no master key is
    // needed: nothing in the log is secret, and nothing in it is personal.
    static Result<std::unique_ptr<AuditStore>> open(const OutboxOptions& options);
    ~AuditStore() override;
    AuditStore(const AuditStore&) = delete;
    AuditStore& operator=(const AuditStore&) = delete;

    // One transaction: reads the head, writes entry head+1 with its hash.
    Result<void> append(core::AuditKind kind, std::string_view operatorId, std::string_view filingId = {},
                        std::string_view detail = {}) override;

    // The last entry's seq and hash as stored (not verified).
    Result<AuditHead> head();
    // Entries in seq order, from `since` on (all when none).
    Result<std::vector<AuditEntry>> entries(std::optional<Seconds> since = std::nullopt);
    // Recomputes the whole chain.
    Result<AuditVerdict> verify();
    // The head, and the hash the chain holds now at the seq of the checkpoint last noted as sent
    // (the heartbeat's audit_checkpoint). Nullopt while the log is empty.
    Result<std::optional<AuditAnchor>> checkpoint();
    // kiosk-sync is about to send a checkpoint at `seq`: the next one names it as the one before.
    Result<void> noteCheckpointSent(std::int64_t seq);

private:
    AuditStore(OutboxOptions options, sqlite::Database db);

    OutboxOptions m_options;
    std::mutex m_mutex;
    std::unique_ptr<sqlite::Database> m_db;
};

}  // namespace kiosk::outbox

#include "kiosk/outbox/audit_chain.hpp"

#include "kiosk/core/audit_log.hpp"
#include "kiosk/signing/digest.hpp"

namespace kiosk::outbox {
namespace {

// Bumped only if the hashed form ever changes; a log is verified with the version it was written in.
constexpr std::string_view kHashedFormVersion = "kiosk-audit/1";

bool wellShaped(const AuditEntry& e) {
    return core::auditKindFromName(e.kind).has_value() && core::isAuditOperatorId(e.operatorId) &&
           core::isAuditFilingId(e.filingId) && core::isAuditDetail(e.detail);
}

}  // namespace

std::string auditEntryHash(const AuditEntry& entry, std::string_view previousSha256) {
    std::string text;
    text.append(kHashedFormVersion).append("\n");
    text.append(std::to_string(entry.seq)).append("\n");
    text.append(std::to_string(entry.at.time_since_epoch().count())).append("\n");
    text.append(entry.kind).append("\n");
    text.append(entry.operatorId).append("\n");
    text.append(entry.filingId).append("\n");
    text.append(entry.detail).append("\n");
    text.append(previousSha256);
    return signing::sha256Hex(text);
}

std::optional<AuditBreak> AuditChainCheck::add(const AuditEntry& entry) {
    if (m_broken) return std::nullopt;
    const std::int64_t expected = m_head.seq + 1;
    if (entry.seq != expected) {
        m_broken = true;
        return AuditBreak{expected, "audit.missing",
                          "thiếu mục " + std::to_string(expected) +
                              (entry.seq > expected + 1 ? "–" + std::to_string(entry.seq - 1) : "") +
                              " của nhật ký (bị xóa) / entry " + std::to_string(expected) +
                              " of the log is missing (deleted)"};
    }
    if (!wellShaped(entry) || auditEntryHash(entry, m_head.sha256) != entry.sha256) {
        m_broken = true;
        return AuditBreak{entry.seq, "audit.altered",
                          "mục " + std::to_string(entry.seq) + " của nhật ký đã bị sửa hoặc đổi chỗ / entry " +
                              std::to_string(entry.seq) + " of the log was changed or moved"};
    }
    m_head = AuditHead{entry.seq, entry.sha256};
    ++m_entries;
    return std::nullopt;
}

}  // namespace kiosk::outbox

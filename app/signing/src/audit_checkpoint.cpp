#include "kiosk/signing/audit_checkpoint.hpp"

namespace kiosk::signing {

std::string auditCheckpointMessage(std::string_view kioskId, const AuditCheckpoint& checkpoint) {
    std::string text = "kiosk-audit-checkpoint/1\n";
    text.append(kioskId).append("\n");
    text.append(std::to_string(checkpoint.seq)).append("\n");
    text.append(checkpoint.headSha256).append("\n");
    text.append(std::to_string(checkpoint.previousSeq)).append("\n");
    text.append(checkpoint.previousSha256);
    return text;
}

}  // namespace kiosk::signing

#pragma once
// The staff audit log's checkpoint a kiosk signs into its heartbeat (docs/portal-api.md §4.9,
// docs/staff.md): the head of its hash chain now, and the hash its chain holds now at the seq of
// the checkpoint it sent before. kiosk-sync signs the bytes below with the kiosk's Ed25519 key;
// the reference portal checks them against the key it enrolled and keeps every checkpoint, so a
// log rewritten (even with every hash recomputed), cut short or restored from an old copy shows.
#include <cstdint>
#include <string>
#include <string_view>

namespace kiosk::signing {

struct AuditCheckpoint {
    std::int64_t seq = 0;          // the last entry's number
    std::string headSha256;        // its hash, 64 lower-case hex digits
    std::int64_t previousSeq = 0;  // the seq of the checkpoint sent before (0: none)
    std::string previousSha256;    // the hash the chain holds at previousSeq now (64 zeros for 0)
};

// "kiosk-audit-checkpoint/1", the kiosk id and the four fields, one per line: the bytes signed.
// The kiosk id is in them so one kiosk's checkpoint cannot be replayed as another's.
std::string auditCheckpointMessage(std::string_view kioskId, const AuditCheckpoint& checkpoint);

}  // namespace kiosk::signing

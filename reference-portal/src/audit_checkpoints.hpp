#pragma once
// The staff audit log's checkpoints kiosks sign into their heartbeats (docs/portal-api.md §4.9):
// read and checked against the kiosk's enrolled key, judged against the checkpoints the same
// kiosk sent before, and kept, so staff can see a kiosk whose log no longer extends what it
// showed earlier (rewritten, cut short, or restored from an old copy).
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "db.hpp"
#include "kiosk/signing/audit_checkpoint.hpp"
#include "reference_portal/clock.hpp"

namespace kiosk::reference_portal {

struct SignedCheckpoint {
    signing::AuditCheckpoint checkpoint;
    std::string sig;  // base64, as sent
};

// The heartbeat's `audit_checkpoint` member, its signature checked against `keyPem` (the kiosk's
// enrolled Ed25519 key). Problems go to `errors` as {pointer, code}: wrong_type, bad_format,
// bad_signature; nullopt then.
std::optional<SignedCheckpoint> readCheckpoint(const nlohmann::json& member, const std::string& kioskId,
                                               const std::string& keyPem, nlohmann::json& errors);

// first, extends, same, unanchored (the checkpoint it names as the one before never arrived), or
// does_not_extend with a reason: seq_went_back, rewritten (another head at a seq already seen),
// rewritten_below (the hash at the previous checkpoint's seq changed), anchor_behind (it names an
// older checkpoint than the last one kept: a restored copy).
struct CheckpointVerdict {
    std::string verdict;
    std::string reason;  // empty unless does_not_extend
};

// Judges `checkpoint` against what `kioskId` sent before and keeps it with its verdict.
CheckpointVerdict keepCheckpoint(Db& db, const std::string& kioskId, const SignedCheckpoint& checkpoint, Seconds now);

// Every checkpoint of `kioskId`, oldest first: {seq, head_sha256, previous_seq, previous_sha256,
// sig, received_at, verdict, reason}.
nlohmann::json checkpointsOf(Db& db, const std::string& kioskId);

}  // namespace kiosk::reference_portal

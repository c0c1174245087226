// The staff audit log's checkpoints in heartbeats (docs/portal-api.md §4.9): the portal checks
// each against the kiosk's enrolled key, keeps them all, and tells a checkpoint that extends the
// last one from one that does not (a log rewritten below it, cut short, or restored from an old
// copy). Checkpoints are signed here with the kiosk's own key, as kiosk-sync signs them.
#include <doctest/doctest.h>

#include "kiosk/signing/audit_checkpoint.hpp"
#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/keys.hpp"
#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using kiosk::signing::AuditCheckpoint;
using nlohmann::json;

namespace {

constexpr const char* kKiosk = "KIOSK-DEMO-01";

// A made-up hash per (chain, seq): "a" chains and "b" chains differ from their first entry.
std::string hashOf(char chain, std::int64_t seq) {
    std::string h(64, chain);
    const std::string n = std::to_string(seq);
    h.replace(64 - n.size(), n.size(), n);
    return h;
}

struct CheckpointKiosk {
    TempDir dir{"portal-audit"};
    PortalProcess portal{dir.path() / "data"};
    KioskClient kiosk{dir.path() / "data", kKiosk, portal.url()};
    kiosk::signing::PrivateKey key = *kiosk::signing::loadPrivateKey(dir.path() / "data" / "enroll" / kKiosk /
                                                                     "signing.key");

    json member(const AuditCheckpoint& c, const std::string& signedFor = kKiosk) const {
        const auto sig = key.sign(kiosk::signing::auditCheckpointMessage(signedFor, c));
        REQUIRE(sig.ok());
        return {{"seq", c.seq},
                {"head_sha256", c.headSha256},
                {"previous_seq", c.previousSeq},
                {"previous_sha256", c.previousSha256},
                {"sig", kiosk::signing::base64Encode(*sig)}};
    }
    Reply beat(const json& checkpoint) const {
        const json body{{"software_version", "0.1.0"}, {"audit_checkpoint", checkpoint}};
        return kiosk.put(std::string("/kiosks/") + kKiosk + "/heartbeat", body.dump(), "application/json");
    }
    // Sends a checkpoint of chain `chain` at `seq`, naming `previous` (of chain `previousChain`).
    void send(char chain, std::int64_t seq, std::int64_t previous, char previousChain) const {
        const AuditCheckpoint c{seq, hashOf(chain, seq), previous,
                                previous == 0 ? std::string(64, '0') : hashOf(previousChain, previous)};
        REQUIRE(beat(member(c)).status == 200);
    }
    json verdicts() const {
        const auto staff = staffClient(dir.path() / "data", portal.url());
        const Reply reply = staff.get(std::string("/kiosks/") + kKiosk + "/audit-checkpoints");
        REQUIRE(reply.status == 200);
        json out = json::array();
        const json body = reply.json();  // kept: the loop reads into it
        for (const auto& c : body["checkpoints"]) {
            out.push_back(c["verdict"].get<std::string>() +
                          (c["reason"] == "" ? "" : ":" + c["reason"].get<std::string>()));
        }
        return out;
    }
};

}  // namespace

TEST_CASE("checkpoints that extend each other are told from a log rewritten, cut short or restored") {
    CheckpointKiosk k;
    k.send('a', 5, 0, 'a');    // first
    k.send('a', 9, 5, 'a');    // extends: the chain still holds a5 at seq 5
    k.send('a', 9, 5, 'a');    // same
    k.send('b', 9, 5, 'a');    // another head at seq 9
    k.send('b', 14, 9, 'b');   // the chain now holds b9 at seq 9, where a9 was: rewritten below
    k.send('a', 3, 0, 'a');    // fewer entries than before: cut short
    k.send('c', 20, 30, 'c');  // names a checkpoint past its own head: cut short
    CHECK(k.verdicts() == json{"first", "extends", "same", "does_not_extend:rewritten",
                               "does_not_extend:rewritten_below", "does_not_extend:seq_went_back",
                               "does_not_extend:seq_went_back"});
}

TEST_CASE(
    "a checkpoint naming an older one than the last it sent is a restored copy; one naming an unseen one is "
    "unanchored") {
    CheckpointKiosk k;
    k.send('a', 5, 0, 'a');
    k.send('a', 9, 5, 'a');
    k.send('a', 12, 5, 'a');   // it forgot that it sent seq 9
    k.send('a', 20, 15, 'a');  // seq 15's heartbeat never arrived
    CHECK(k.verdicts() == json{"first", "extends", "does_not_extend:anchor_behind", "unanchored"});
}

TEST_CASE("a checkpoint with a bad signature or the wrong shape is refused with the heartbeat, and not kept") {
    CheckpointKiosk k;
    const AuditCheckpoint c{5, hashOf('a', 5), 0, std::string(64, '0')};
    json forged = k.member(c, "KIOSK-OTHER");  // signed, but not for this kiosk
    Reply reply = k.beat(forged);
    CHECK(reply.status == 400);
    CHECK(reply.json()["errors"][0]["pointer"] == "/audit_checkpoint/sig");
    CHECK(reply.json()["errors"][0]["code"] == "bad_signature");

    json changed = k.member(c);
    changed["seq"] = 6;  // signed for 5
    CHECK(k.beat(changed).json()["errors"][0]["code"] == "bad_signature");

    json shaped = k.member(c);
    shaped["head_sha256"] = "not a hash";
    reply = k.beat(shaped);
    CHECK(reply.status == 400);
    CHECK(reply.json()["errors"][0]["pointer"] == "/audit_checkpoint/head_sha256");
    shaped = k.member(c);
    shaped.erase("sig");
    CHECK(k.beat(shaped).json()["errors"][0]["pointer"] == "/audit_checkpoint/sig");
    CHECK(k.verdicts().empty());
}

TEST_CASE("only staff read the checkpoints, and a kiosk only its own heartbeat") {
    CheckpointKiosk k;
    CHECK(k.kiosk.get(std::string("/kiosks/") + kKiosk + "/audit-checkpoints").status == 403);
}

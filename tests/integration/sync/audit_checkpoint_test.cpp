// kiosk-sync carries the staff audit log's head to the portal in each heartbeat, signed with the
// kiosk's key: the real portal keeps each checkpoint and tells one that extends the last from one
// whose chain was rewritten on the kiosk behind its back, every hash recomputed so that
// `kiosk-admin audit verify` on the kiosk passes again.
#include <doctest/doctest.h>

#include "kiosk/outbox/audit_store.hpp"
#include "kiosk_client.hpp"
#include "support/audit_tamper.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::AuditKind;

namespace {

// What staff see at the portal: each checkpoint's verdict, with its reason when it has one.
std::vector<std::string> verdicts(const std::filesystem::path& portalData, const std::string& portalUrl) {
    const auto staff = staffClient(portalData, portalUrl);
    const Reply reply = staff.get("/kiosks/" + kKioskId + "/audit-checkpoints");
    REQUIRE(reply.status == 200);
    std::vector<std::string> out;
    const nlohmann::json body = reply.json();  // kept: the loop reads into it
    for (const auto& c : body["checkpoints"]) {
        const auto reason = c["reason"].get<std::string>();
        out.push_back(c["verdict"].get<std::string>() + (reason.empty() ? "" : ":" + reason));
    }
    return out;
}

// What someone with the database file would do to hide what entry 1 said: change it and
// recompute every hash after it.
void rewriteChain(outbox::AuditStore& log, const std::filesystem::path& databasePath) {
    auto entries = log.entries();
    REQUIRE(entries.ok());
    std::string sql;
    std::string previous(outbox::kAuditGenesis);
    for (auto& e : *entries) {
        if (e.seq == 1) e.detail = "hidden";
        e.sha256 = outbox::auditEntryHash(e, previous);
        previous = e.sha256;
        sql += "UPDATE audit_entry SET detail = '" + e.detail + "', sha256 = '" + e.sha256 +
               "' WHERE seq = " + std::to_string(e.seq) + ";";
    }
    tamperWithAuditLog(databasePath, sql);
}

}  // namespace

TEST_CASE("each heartbeat's checkpoint extends the last, until the kiosk's chain is rewritten") {
    TempDir dir("sync-audit");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    auto log = outbox::AuditStore::open(outbox::OutboxOptions::inDirectory(kiosk.dataDir(), ""));
    REQUIRE(log.ok());
    REQUIRE((*log)->append(AuditKind::SignIn, "CB-01").ok());
    REQUIRE((*log)->append(AuditKind::SignOut, "CB-01").ok());

    REQUIRE(kiosk.run({"--once"}) == 0);
    REQUIRE((*log)->append(AuditKind::SignIn, "CB-02").ok());
    REQUIRE(kiosk.run({"--once"}) == 0);
    REQUIRE(kiosk.run({"--once"}) == 0);
    INFO(kiosk.log());
    CHECK(verdicts(dir.path() / "portal", portal.url()) == std::vector<std::string>{"first", "extends", "same"});

    rewriteChain(**log, kiosk.dataDir() / "outbox.db");
    CHECK_FALSE((*log)->verify()->fault.has_value());  // the kiosk alone cannot tell any more
    REQUIRE((*log)->append(AuditKind::SignOut, "CB-02").ok());
    REQUIRE(kiosk.run({"--once"}) == 0);
    CHECK(verdicts(dir.path() / "portal", portal.url()).back() == "does_not_extend:rewritten_below");
}

// kiosk-sync against the real kiosk-portal over mutual TLS: filings with attachments travel from
// the outbox to the portal exactly once, in order, with their content; each gets the portal's
// mã hồ sơ and a signed receipt, and the status cache shows it without a network.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "kiosk/base/lookup_secret.hpp"

#include "kiosk/signing/http_signature.hpp"
#include "kiosk/signing/keys.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// One text value from a database the test only looks at (the outbox's stored receipt, the
// portal's last heartbeat): the APIs under test do not hand these back.
std::string queryText(const std::filesystem::path& db, const std::string& sql, const std::string& param) {
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    sqlite3_bind_text(stmt, 1, param.c_str(), -1, SQLITE_TRANSIENT);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0)) {
        out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(handle);
    return out;
}

// Whether the database file or its write-ahead log holds `text` anywhere, in the clear.
bool databaseHolds(const std::filesystem::path& db, const std::string& text) {
    for (const auto& file : {db, std::filesystem::path(db.string() + "-wal")}) {
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("kiosk-sync --drain delivers every filing once, in order, with receipts and a status cache") {
    TempDir dir("sync-happy");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    const auto filings = kiosk.enqueue(6, 2, 20000);

    CHECK(kiosk.run({"--drain"}) == 0);
    INFO(kiosk.log());
    auto box = kiosk.open();
    checkExactlyOnce(dir.path() / "portal", filings, *box);

    // In order: the portal's sequence follows the enqueue order.
    std::vector<std::string> codes;
    for (const auto& f : filings) codes.push_back(box->findByReference(f.localReference)->value().maHoSo);
    CHECK(std::is_sorted(codes.begin(), codes.end()));

    auto view = box->statusOf(filings[0].localReference);
    REQUIRE(view.ok());
    REQUIRE(view->has_value());
    CHECK((*view)->maHoSo == codes[0]);
    CHECK((*view)->status == "submitted");
    CHECK((*view)->trangThaiHoSo == 1);
    CHECK_FALSE((*view)->dueAt.empty());

    // The stored acknowledgement is a proof: the portal's signature over it, bound to our
    // request, still verifies with the enrollment's portal-signing.pub. It carries the look-up
    // code, so it is sealed at rest: the database holds neither it nor the code in the clear.
    auto stored = box->acknowledgementProof(filings[0].clientFilingId);
    REQUIRE(stored.ok());
    const auto proof = nlohmann::json::parse(*stored);
    const std::string lookupSecret = (*view)->lookupSecret;
    REQUIRE(lookupSecret.size() == kiosk::kLookupSecretLength);
    CHECK(nlohmann::json::parse(proof["body"].get<std::string>())["lookup_code"] == lookupSecret);
    CHECK(queryText(kiosk.dataDir() / "outbox.db", "SELECT count(*) FROM filing WHERE receipt IS NOT NULL", "") == "0");
    CHECK_FALSE(databaseHolds(kiosk.dataDir() / "outbox.db", lookupSecret));
    auto portalKey = signing::loadPublicKey(kiosk.enrollmentDir() / "portal-signing.pub");
    REQUIRE(portalKey.ok());
    const std::string body = proof["body"];
    const auto& request = proof["request"];
    const signing::ResponseBinding binding{202, body, request["method"], request["target_uri"], request["content_digest"]};
    const signing::HeaderLookup headers = [&proof](std::string_view name) -> std::optional<std::string> {
        const std::string key = name == "signature-input" ? "signature_input" : name == "content-digest" ? "content_digest"
                                                                                                         : std::string(name);
        if (!proof.contains(key)) return std::nullopt;
        return proof[key].get<std::string>();
    };
    CHECK(signing::verifyResponse(binding, headers, *portalKey, "kiosk-portal").ok());
    CHECK(nlohmann::json::parse(body)["ma_ho_so"] == codes[0]);

    // The first heartbeat went out after the first delivery, with five filings still waiting.
    const auto beat = nlohmann::json::parse(
        queryText(dir.path() / "portal" / "portal.db", "SELECT body_json FROM heartbeat WHERE kiosk_id = ?1", kKioskId));
    CHECK(beat["outbox_depth"] == 5);
    CHECK(beat["oldest_pending_age_s"].get<int>() >= 0);
    CHECK(beat["oldest_pending_age_s"].get<int>() < 120);
    CHECK(beat["software_version"] == "kiosk-sync/0.1.0");
    CHECK(kiosk.log().find("network.") == std::string::npos);  // no failed connections on a healthy link

    // The log names references and codes, never what the citizen wrote.
    const std::string log = kiosk.log();
    CHECK(log.find(filings[0].localReference) != std::string::npos);
    for (const auto& f : filings) CHECK(log.find(f.answers.at("nguoi_yeu_cau.so_dinh_danh")) == std::string::npos);
    CHECK(log.find("Nguyễn") == std::string::npos);
    portal.stop();
}

TEST_CASE("kiosk-sync --once on an empty outbox sends a heartbeat and exits 0") {
    TempDir dir("sync-once");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    CHECK(kiosk.run({"--once"}) == 0);
    CHECK(kiosk.log().find("started") != std::string::npos);
    CHECK(kiosk.log().find("heartbeat not sent") == std::string::npos);
    portal.stop();
}

TEST_CASE("kiosk-sync refuses to start without an enrollment, and with bad arguments") {
    TempDir dir("sync-noenroll");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    std::filesystem::remove(kiosk.enrollmentDir() / "enrollment.toml");
    CHECK(kiosk.run({"--once"}) == 1);
    CHECK(kiosk.log().find("enrollment.toml") != std::string::npos);
    CHECK(kiosk.run({"--poll-seconds", "x"}) == 64);
    portal.stop();
}

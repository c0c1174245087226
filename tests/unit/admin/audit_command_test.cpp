// kiosk-admin audit verify and audit show, run on a real outbox database: an intact log passes,
// and an entry edited, deleted or moved in the SQLite file behind the kiosk's back fails, naming
// the first entry that does not fit. show prints the entries, from --since on.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "admin_support.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "support/audit_tamper.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::AuditKind;

namespace {

constexpr std::int64_t kMonday8am = 1796630400;  // 2026-12-07T08:00:00Z

// An outbox whose log holds six entries, one a minute from 08:00 UTC.
std::filesystem::path logWithSixEntries(const TempDir& dir) {
    auto data = dir.path() / "kiosk-data";
    auto options = outbox::OutboxOptions::inDirectory(data, "KIOSK01");
    auto minute = std::make_shared<std::int64_t>(0);
    options.clock = [minute] { return outbox::Seconds(std::chrono::seconds(kMonday8am + 60 * (*minute)++)); };
    auto log = outbox::AuditStore::open(options);
    REQUIRE(log.ok());
    REQUIRE((*log)->append(AuditKind::StaffAdded, "CB-01").ok());
    REQUIRE((*log)->append(AuditKind::SignInRefused, "CB-01", "", "wrong_pin").ok());
    REQUIRE((*log)->append(AuditKind::SignIn, "CB-01").ok());
    REQUIRE((*log)->append(AuditKind::OriginalSeen, "CB-01", "KIOSK01-2612070001", "giay_chung_sinh").ok());
    REQUIRE((*log)->append(AuditKind::DeskAction, "CB-01", "KIOSK01-2612070001", "accept").ok());
    REQUIRE((*log)->append(AuditKind::SignOut, "CB-01").ok());
    return data;
}

AdminRun verify(const std::filesystem::path& data) { return runAdmin({"--data", data.string(), "audit", "verify"}); }

}  // namespace

TEST_CASE("audit verify passes an intact log and prints its head") {
    TempDir dir;
    const auto data = logWithSixEntries(dir);
    const auto run = verify(data);
    CHECK(run.status == 0);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["intact"] == true);
    CHECK(j["entries"] == 6);
    CHECK(j["head"]["seq"] == 6);
    CHECK(j["head"]["sha256"].get<std::string>().size() == 64);
}

TEST_CASE("audit verify fails on an entry edited in the SQLite file") {
    TempDir dir;
    const auto data = logWithSixEntries(dir);
    editAuditEntry(data / "outbox.db", 3);
    const auto run = verify(data);
    CHECK(run.status == 1);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["intact"] == false);
    CHECK(j["first_bad_seq"] == 3);
    CHECK(j["problem"] == "audit.altered");
    CHECK(j["entries"] == 2);
    CHECK(run.err.find("mục 3 của nhật ký đã bị sửa hoặc đổi chỗ") != std::string::npos);
    CHECK(run.err.find("[audit.altered]") != std::string::npos);
}

TEST_CASE("audit verify fails on an entry deleted from the SQLite file") {
    TempDir dir;
    const auto data = logWithSixEntries(dir);
    deleteAuditEntry(data / "outbox.db", 5);
    const auto run = verify(data);
    CHECK(run.status == 1);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["first_bad_seq"] == 5);
    CHECK(j["problem"] == "audit.missing");
    CHECK(run.err.find("thiếu mục 5") != std::string::npos);
}

TEST_CASE("audit verify fails on two entries swapped in the SQLite file") {
    TempDir dir;
    const auto data = logWithSixEntries(dir);
    swapAuditEntries(data / "outbox.db", 4, 5);
    const auto run = verify(data);
    CHECK(run.status == 1);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["first_bad_seq"] == 4);
    CHECK(j["problem"] == "audit.altered");
}

TEST_CASE("audit show prints every entry, or those from --since on") {
    TempDir dir;
    const auto data = logWithSixEntries(dir);
    auto run = runAdmin({"--data", data.string(), "audit", "show"});
    REQUIRE(run.status == 0);
    auto j = nlohmann::json::parse(run.out);
    REQUIRE(j.size() == 6);
    CHECK(j[0]["at"] == "2026-12-07T08:00:00Z");
    CHECK(j[3]["kind"] == "session.original_seen");
    CHECK(j[3]["operator_id"] == "CB-01");
    CHECK(j[3]["filing_id"] == "KIOSK01-2612070001");
    CHECK(j[3]["detail"] == "giay_chung_sinh");

    run = runAdmin({"--data", data.string(), "audit", "show", "--since", "2026-12-07T08:04:00Z"});
    REQUIRE(run.status == 0);
    j = nlohmann::json::parse(run.out);
    REQUIRE(j.size() == 2);
    CHECK(j[0]["seq"] == 5);

    run = runAdmin({"--data", data.string(), "audit", "show", "--since", "2026-12-08"});
    REQUIRE(run.status == 0);
    CHECK(nlohmann::json::parse(run.out).empty());
}

TEST_CASE("audit show refuses a --since it cannot read, and neither command makes an outbox") {
    TempDir dir;
    const auto data = logWithSixEntries(dir);
    for (const char* bad :
         {"07/12/2026", "2026-13-01", "2026-02-30", "2026-12-07T25:00:00Z", "-026-12-07", "hôm qua"}) {
        CAPTURE(bad);
        const auto run = runAdmin({"--data", data.string(), "audit", "show", "--since", bad});
        CHECK(run.status == 1);
        CHECK(run.err.find("[admin.usage]") != std::string::npos);
        CHECK(run.out.empty());
    }
    const auto empty = dir.path() / "nothing-here";
    CHECK(verify(empty).status == 1);
    CHECK(runAdmin({"--data", empty.string(), "audit", "show"}).status == 1);
    CHECK_FALSE(std::filesystem::exists(empty / "outbox.db"));
}

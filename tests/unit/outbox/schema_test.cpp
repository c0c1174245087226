// The outbox file outlives program versions: it records its schema version, is set to WAL so
// both processes can use it, keeps its data across reopening, and a file from a newer program
// or a file that is not a database is refused with a clear message instead of being damaged.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "kiosk/outbox/schema.hpp"
#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("a new database is in WAL mode at the current schema version") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    REQUIRE(outbox::Outbox::open(options).ok());
    auto raw = sqlite::Database::open(options.databasePath);
    REQUIRE(raw.ok());
    CHECK(*raw->queryText("PRAGMA journal_mode", "test") == "wal");
    CHECK(*raw->queryInt("PRAGMA user_version", "test") == outbox::kSchemaVersion);
    CHECK(*raw->queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                         "('filing', 'filing_key', 'part', 'reference_counter')",
                         "test") == 4);
}

TEST_CASE("migrating an up-to-date database changes nothing") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    {
        auto box = outbox::Outbox::open(options);
        REQUIRE(box.ok());
        REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());
    }
    auto raw = sqlite::Database::open(options.databasePath);
    REQUIRE(raw.ok());
    REQUIRE(outbox::migrate(*raw).ok());
    CHECK(*raw->queryInt("SELECT COUNT(*) FROM filing", "test") == 1);
    CHECK(*raw->queryInt("PRAGMA user_version", "test") == outbox::kSchemaVersion);
}

TEST_CASE("a database written by a newer program is refused, not downgraded") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    REQUIRE(outbox::Outbox::open(options).ok());
    {
        auto raw = sqlite::Database::open(options.databasePath);
        REQUIRE(raw.ok());
        REQUIRE(raw->exec("PRAGMA user_version = 99", "test").ok());
    }
    const auto box = outbox::Outbox::open(options);
    REQUIRE_FALSE(box.ok());
    CHECK(box.error().code == "outbox.schema_newer");
    CHECK(box.error().message.find("99") != std::string::npos);
}

TEST_CASE("a file that is not a database is reported as damaged") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    {
        std::ofstream out(options.databasePath, std::ios::binary);
        out << std::string(8192, 'x');
    }
    const auto box = outbox::Outbox::open(options);
    REQUIRE_FALSE(box.ok());
    CHECK(box.error().code == "outbox.corrupt");
}

namespace {

// Every table, index and trigger as SQLite keeps its definition, in name order.
std::string schemaOf(const std::filesystem::path& databasePath) {
    auto raw = sqlite::Database::open(databasePath);
    REQUIRE(raw.ok());
    auto stmt = raw->prepare("SELECT type, name, COALESCE(sql, '') FROM sqlite_schema ORDER BY type, name", "test");
    REQUIRE(stmt.ok());
    std::string out;
    while (*stmt->step()) out += stmt->columnText(0) + " " + stmt->columnText(1) + ": " + stmt->columnText(2) + "\n";
    return out;
}

}  // namespace

TEST_CASE("an outbox of the version before upgrades to the very schema of a new one, keeping its filings") {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "fresh");
    std::filesystem::create_directories(dir.path() / "old");
    const auto fresh = optionsIn(dir.path() / "fresh");
    const auto old = optionsIn(dir.path() / "old");
    REQUIRE(outbox::Outbox::open(fresh).ok());
    {
        auto raw = sqlite::Database::open(old.databasePath);
        REQUIRE(raw.ok());
        REQUIRE(outbox::migrate(*raw, outbox::kSchemaVersion - 1).ok());
        REQUIRE(*raw->queryInt("PRAGMA user_version", "test") == outbox::kSchemaVersion - 1);
        // A filing the portal has, with its status, as the version before kept it.
        REQUIRE(raw->exec("INSERT INTO filing (id, client_filing_id, local_reference, service_id, service_code, "
                          "status, created_at, next_attempt_at, ma_ho_so) VALUES (1, 'cf-1', 'K01-261207-0001', "
                          "'khai_sinh', '1.001193', 'delivered', 1, 1, 'H01.22-261207-0001')",
                          "test")
                    .ok());
        REQUIRE(raw->exec("INSERT INTO filing_status (filing_id, portal_filing_id, status, last_seq, updated_at) "
                          "VALUES (1, 'f-1', 'result_returned', 7, 1)",
                          "test")
                    .ok());
    }
    auto box = outbox::Outbox::open(old);
    REQUIRE(box.ok());
    CHECK(schemaOf(old.databasePath) == schemaOf(fresh.databasePath));

    auto view = (*box)->statusOf("K01-261207-0001");
    REQUIRE(view.ok());
    REQUIRE(view->has_value());
    CHECK((*view)->status == "result_returned");
    CHECK((*view)->resultDigests.empty());
    CHECK_FALSE((*view)->handedOver);
    // The hand-overs of v8 work on the upgraded file: one per filing and document.
    const std::string sha(64, 'c');
    CHECK(*(*box)->recordHandover("K01-261207-0001", sha) == true);
    CHECK(*(*box)->recordHandover("K01-261207-0001", sha) == false);
    CHECK((*box)->recordHandover("K01-261207-9999", sha).error().code == "outbox.not_found");
    // And so do the help calls of v9.
    REQUIRE((*box)->callStaff("form_page").ok());
    CHECK((*box)->statusCounts()->helpCallsPending == 1);
}

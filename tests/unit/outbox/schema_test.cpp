// The outbox file outlives program versions: it records its schema version, is set to WAL so
// both processes can use it, keeps its data across reopening, and a file from a newer program
// or a file that is not a database is refused with a clear message instead of being damaged.
#include <doctest/doctest.h>

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

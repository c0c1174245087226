// Personal data at rest is encrypted (design.md, "Errors, privacy, logs"): a copied disk must
// not reveal a citizen's name or ID number, and altered or shuffled ciphertext must be refused
// rather than decrypted into something plausible.
#include <doctest/doctest.h>

#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("neither the database nor its WAL holds a citizen's name or ID number in plaintext") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    std::vector<SyntheticCitizen> citizens;
    std::string lastReference;
    {
        auto box = outbox::Outbox::open(options);
        REQUIRE(box.ok());
        for (int i = 0; i < 4; ++i) {
            citizens.push_back(makeCitizen());
            auto stored = (*box)->submit(makeFiling(citizens.back(), 2));
            REQUIRE(stored.ok());
            lastReference = stored->localReference;
        }
        // While the connection is open the filings sit in the WAL; look there too.
        REQUIRE(std::filesystem::exists(options.databasePath.string() + "-wal"));
        // The scan itself works: the (non-personal) reference is found in the stored bytes.
        CHECK(storedBytesContain(options.databasePath, lastReference));
        for (const auto& c : citizens) {
            CHECK_FALSE(storedBytesContain(options.databasePath, c.fullName));
            CHECK_FALSE(storedBytesContain(options.databasePath, c.idNumber));
            CHECK_FALSE(storedBytesContain(options.databasePath, c.phone));
        }
    }
    // Closing checkpoints the WAL into the main file; scan again.
    CHECK(storedBytesContain(options.databasePath, lastReference));
    for (const auto& c : citizens) {
        CHECK_FALSE(storedBytesContain(options.databasePath, c.fullName));
        CHECK_FALSE(storedBytesContain(options.databasePath, c.idNumber));
    }
}

TEST_CASE("the data directory and database files are private to the kiosk's user") {
    TempDir dir;
    const auto dataDir = dir.path() / "kiosk-data";
    auto box = outbox::Outbox::open(optionsIn(dataDir));
    REQUIRE(box.ok());
    REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());
    CHECK(fileMode(dataDir) == 0700);
    CHECK(fileMode(dataDir / "outbox.db") == 0600);
    CHECK(fileMode(dataDir / "outbox.db-wal") == 0600);
}

TEST_CASE("a changed byte of ciphertext is detected, not decrypted") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());
    const auto claimed = (*box)->claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());

    auto raw = sqlite::Database::open(options.databasePath);
    REQUIRE(raw.ok());
    raw->setBusyTimeout(5000);
    // Flip one bit of the attachment's ciphertext.
    std::vector<unsigned char> ciphertext;
    {
        auto select = raw->prepare("SELECT ciphertext FROM part WHERE number = 1", "test");
        REQUIRE(select.ok());
        REQUIRE(*select->step());
        ciphertext = select->columnBlob(0);
    }
    REQUIRE_FALSE(ciphertext.empty());
    ciphertext[ciphertext.size() / 2] ^= 0x01;
    auto update = raw->prepare("UPDATE part SET ciphertext = ?1 WHERE number = 1", "test");
    REQUIRE(update.ok());
    update->bindBlob(1, ciphertext);
    REQUIRE(update->step().ok());
    const auto opened = (*box)->decryptPayload((*claimed)->clientFilingId);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == "outbox.tampered");
}

TEST_CASE("ciphertext moved from one filing to another is refused") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());
    REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());
    const auto first = (*box)->claimNextPending();
    REQUIRE(first.ok());
    REQUIRE(first->has_value());

    auto raw = sqlite::Database::open(options.databasePath);
    REQUIRE(raw.ok());
    raw->setBusyTimeout(5000);
    // Give filing 1 the manifest of filing 2 (same key would not help: the AAD names the filing).
    REQUIRE(raw->exec("UPDATE part SET (iv, ciphertext, tag) = "
                      "(SELECT iv, ciphertext, tag FROM part WHERE filing_id = 2 AND number = 0) "
                      "WHERE filing_id = 1 AND number = 0",
                      "test")
                .ok());
    const auto opened = (*box)->decryptPayload((*first)->clientFilingId);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == "outbox.tampered");
}

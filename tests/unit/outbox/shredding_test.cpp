// After the retention period a delivered filing is crypto-shredded: its data key is destroyed so
// the content can never be read again, even from stale copies on flash, while the citizen can
// still look up its status. A filing not yet delivered must never be shredded.
#include <doctest/doctest.h>

#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Delivered {
    std::string clientFilingId;
    std::string localReference;
};

// A new filing, claimed for sending as kiosk-sync would.
outbox::ClaimedFiling submitAndClaim(outbox::Outbox& box, std::size_t attachments = 0) {
    REQUIRE(box.submit(makeFiling(makeCitizen(), attachments, 4096)).ok());
    auto claimed = box.claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    return std::move(**claimed);
}

Delivered submitAndDeliver(outbox::Outbox& box, const std::string& maHoSo) {
    const auto claimed = submitAndClaim(box, 1);
    REQUIRE(box.markDelivered(claimed.clientFilingId, {maHoSo, R"({"receipt_id":"r-1"})"}).ok());
    return {claimed.clientFilingId, claimed.localReference};
}

std::string blobAsString(sqlite::Database& db, const char* sql) {
    auto stmt = db.prepare(sql, "test");
    REQUIRE(stmt.ok());
    auto row = stmt->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    const auto bytes = stmt->columnBlob(0);
    return std::string(bytes.begin(), bytes.end());
}

}  // namespace

TEST_CASE("destroying a delivered filing's key makes its content unreadable but keeps its status") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    const auto shredded = submitAndDeliver(**box, "000.00.01.H66-251122-0001");
    const auto kept = submitAndDeliver(**box, "000.00.01.H66-251122-0002");

    std::string wrappedKey, ciphertext;
    {
        auto raw = sqlite::Database::open(options.databasePath);
        REQUIRE(raw.ok());
        wrappedKey = blobAsString(*raw, "SELECT wrapped FROM filing_key WHERE filing_id = 1");
        ciphertext = blobAsString(*raw, "SELECT ciphertext FROM part WHERE filing_id = 1 AND number = 1");
    }
    REQUIRE(storedBytesContain(options.databasePath, wrappedKey));

    REQUIRE((*box)->destroyKey(shredded.clientFilingId).ok());
    const auto opened = (*box)->decryptPayload(shredded.clientFilingId);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == "outbox.shredded");
    // Gone from the files, not merely unlinked from the tables.
    CHECK_FALSE(storedBytesContain(options.databasePath, wrappedKey));
    CHECK_FALSE(storedBytesContain(options.databasePath, ciphertext));

    const auto status = (*box)->findByReference(shredded.localReference);
    REQUIRE(status.ok());
    REQUIRE(status->has_value());
    CHECK((*status)->shredded);
    CHECK((*status)->maHoSo == "000.00.01.H66-251122-0001");
    CHECK((*status)->status == outbox::FilingStatus::Delivered);

    CHECK((*box)->decryptPayload(kept.clientFilingId).ok());
    CHECK((*box)->destroyKey(shredded.clientFilingId).ok());  // a second time is harmless
}

TEST_CASE("a filing still waiting to be sent cannot be shredded") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    const auto claimed = submitAndClaim(**box, 1);

    const auto refused = (*box)->destroyKey(claimed.clientFilingId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "outbox.bad_transition");
    CHECK((*box)->decryptPayload(claimed.clientFilingId).ok());
}

TEST_CASE("a filing that failed for good can be shredded after retention") {
    TempDir dir;
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    const auto claimed = submitAndClaim(**box, 1);
    REQUIRE((*box)->markFailed(claimed.clientFilingId, "portal.422").ok());
    REQUIRE((*box)->destroyKey(claimed.clientFilingId).ok());
    CHECK((*box)->decryptPayload(claimed.clientFilingId).error().code == "outbox.shredded");
}

// A receipt no printer printed is kept for staff, sealed under the filing's own data key: its
// bytes (here a stand-in PDF naming the applicant) never appear in the database files, it reads
// back by local reference or mã hồ sơ, and crypto-shredding the filing destroys it with the rest.
#include <doctest/doctest.h>

#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string receiptNaming(const SyntheticCitizen& citizen) {
    return "%PDF-1.5\nGIẤY TIẾP NHẬN HỒ SƠ\nNgười nộp hồ sơ: " + citizen.fullName + "\n%%EOF\n";
}

}  // namespace

TEST_CASE("a kept receipt is encrypted at rest, reads back, and is gone after shredding") {
    TempDir dir("kiosk-kept-receipt");
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    const SyntheticCitizen citizen = makeCitizen();
    auto stored = (*box)->submit(makeFiling(citizen));
    REQUIRE(stored.ok());
    const std::string pdf = receiptNaming(citizen);

    auto none = (*box)->keptReceipt(stored->localReference);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == "outbox.no_receipt");

    REQUIRE((*box)->keepReceipt(stored->localReference, pdf).ok());
    CHECK_FALSE(storedBytesContain((*box)->databasePath(), citizen.fullName));
    CHECK_FALSE(storedBytesContain((*box)->databasePath(), "GIẤY TIẾP NHẬN"));

    auto back = (*box)->keptReceipt(" " + stored->localReference + " ");
    REQUIRE(back.ok());
    CHECK(*back == pdf);
    // Another process (kiosk-admin) opening the same folder reads it too.
    auto other = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(other.ok());
    auto again = (*other)->keptReceipt(stored->localReference);
    REQUIRE(again.ok());
    CHECK(*again == pdf);

    // Delivered: found by the portal's code as well; then shredded after the retention period.
    const auto claimed = (*box)->claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    REQUIRE((*box)->markDelivered((*claimed)->clientFilingId, {"000.00.00.H66-261129-0007", "{}"}).ok());
    auto byCode = (*box)->keptReceipt("000.00.00.h66-261129-0007");
    REQUIRE(byCode.ok());
    CHECK(*byCode == pdf);

    REQUIRE((*box)->destroyKey((*claimed)->clientFilingId).ok());
    auto gone = (*box)->keptReceipt(stored->localReference);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == "outbox.shredded");
    CHECK(gone.error().message.find("đã được xóa") != std::string::npos);
    auto refused = (*box)->keepReceipt(stored->localReference, pdf);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "outbox.shredded");
}

TEST_CASE("a later copy replaces the kept one, and an unknown reference is refused plainly") {
    TempDir dir("kiosk-kept-receipt");
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    auto stored = (*box)->submit(makeFiling(makeCitizen()));
    REQUIRE(stored.ok());
    REQUIRE((*box)->keepReceipt(stored->localReference, "%PDF-1 first").ok());
    REQUIRE((*box)->keepReceipt(stored->localReference, "%PDF-1 second").ok());
    auto back = (*box)->keptReceipt(stored->localReference);
    REQUIRE(back.ok());
    CHECK(*back == "%PDF-1 second");

    auto unknown = (*box)->keptReceipt("KIOSK01-991231-9999");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == "outbox.not_found");
    CHECK((*box)->keepReceipt("KIOSK01-991231-9999", "%PDF").error().code == "outbox.not_found");
}

TEST_CASE(
    "a supplement's receipt is kept beside the filing's, the latest found by the filing's code, shredded with it") {
    TempDir dir("kiosk-kept-receipt");
    auto box = outbox::Outbox::open(optionsIn(dir.path()));
    REQUIRE(box.ok());
    const SyntheticCitizen citizen = makeCitizen();
    auto stored = (*box)->submit(makeFiling(citizen));
    REQUIRE(stored.ok());
    const auto claimed = (*box)->claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    outbox::PortalStatusUpdate received;  // the portal's filing id, which a supplement is sent to
    received.clientFilingId = (*claimed)->clientFilingId;
    received.portalFilingId = "f-8";
    received.status = "submitted";
    REQUIRE((*box)->markDelivered((*claimed)->clientFilingId, {"000.00.00.H66-261129-0008", "{}", received}).ok());
    REQUIRE((*box)->keepReceipt(stored->localReference, "%PDF-1 filing receipt").ok());

    auto none = (*box)->keptSupplementReceipt(stored->localReference);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == "outbox.no_receipt");
    CHECK(none.error().message.find("bổ sung") != std::string::npos);

    auto first = (*box)->submitSupplement(stored->localReference, makeFiling(citizen, 1));
    auto second = (*box)->submitSupplement(stored->localReference, makeFiling(citizen, 1));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const std::string pdf = "%PDF-1.5\nGIẤY TIẾP NHẬN BỔ SUNG HỒ SƠ\n" + citizen.fullName + "\n%%EOF\n";
    REQUIRE((*box)->keepSupplementReceipt(*first, "%PDF-1 first supplement").ok());
    REQUIRE((*box)->keepSupplementReceipt(*second, pdf).ok());
    CHECK_FALSE(storedBytesContain((*box)->databasePath(), citizen.fullName));
    CHECK_FALSE(storedBytesContain((*box)->databasePath(), "BỔ SUNG HỒ SƠ"));

    // The latest supplement's, by the mã hồ sơ as staff read it; the filing's own stays as it was.
    auto back = (*box)->keptSupplementReceipt(" 000.00.00.h66-261129-0008 ");
    REQUIRE(back.ok());
    CHECK(*back == pdf);
    CHECK(*(*box)->keptReceipt(stored->localReference) == "%PDF-1 filing receipt");
    // Kept again (the same supplement printed and failed twice): the copy is replaced.
    REQUIRE((*box)->keepSupplementReceipt(*second, "%PDF-1 again").ok());
    CHECK(*(*box)->keptSupplementReceipt(stored->localReference) == "%PDF-1 again");

    CHECK((*box)->keepSupplementReceipt("not-a-supplement", pdf).error().code == "outbox.not_found");
    CHECK((*box)->keptSupplementReceipt("KIOSK01-991231-9999").error().code == "outbox.not_found");

    // Shredding needs no supplement waiting to be sent: both are delivered first.
    for (int i = 0; i < 2; ++i) {
        auto job = (*box)->claimNextSupplement();
        REQUIRE(job.ok());
        REQUIRE(job->has_value());
        REQUIRE((*box)->markSupplementDelivered((*job)->clientSupplementId, "{}").ok());
    }
    REQUIRE((*box)->destroyKey((*claimed)->clientFilingId).ok());
    CHECK((*box)->keptSupplementReceipt(stored->localReference).error().code == "outbox.shredded");
    CHECK((*box)->keepSupplementReceipt(*second, pdf).error().code == "outbox.shredded");
}

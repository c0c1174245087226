// Supplements in the outbox: only for a filing the portal has, sealed at rest like filings,
// claimed only once the portal's filing id is known, delivered once (a repeat is harmless), the
// requested documents kept in the status history, and shredded with their filing.
#include <doctest/doctest.h>

#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Box : ClaimedFiling {
    void deliverAndRequest() {
        REQUIRE(box->markDelivered(id, {"000.00.00.H66-251122-0001", "{}", receipt()}).ok());
        outbox::PortalStatusUpdate asked;
        asked.clientFilingId = id;
        asked.seq = 7;
        asked.at = "2025-11-23T10:00:00+07:00";
        asked.action = "request_supplement";
        asked.status = "supplement_requested";
        asked.note = "Mang bản sao giấy chứng sinh";
        asked.documents = {"giay_chung_sinh", "to_khai"};
        REQUIRE(box->applyStatusUpdates({asked}).ok());
    }
};

core::Filing pages(const SyntheticCitizen& citizen) {
    core::Filing content = makeFiling(citizen, 2);
    content.answers = {{"ghi_chu", citizen.fullName}};
    for (auto& a : content.attachments) a.slotId = "giay_chung_sinh";
    return content;
}

}  // namespace

TEST_CASE("a supplement waits for its filing to reach the portal, then is sealed, claimed and delivered once") {
    Box b;
    const auto citizen = makeCitizen();
    CHECK(b.box->submitSupplement(b.reference, pages(citizen)).error().code == "outbox.bad_transition");
    CHECK(b.box->submitSupplement("KIOSK01-000000-9999", pages(citizen)).error().code == "outbox.not_found");
    b.deliverAndRequest();
    CHECK(b.box->submitSupplement(b.reference, core::Filing{}).error().code == "outbox.bad_supplement");

    auto view = b.box->statusOf(b.reference);
    REQUIRE(view.ok());
    CHECK(outbox::requestedDocuments(**view) == std::vector<std::string>{"giay_chung_sinh", "to_khai"});
    CHECK((**view).history.back().documents == std::vector<std::string>{"giay_chung_sinh", "to_khai"});

    auto supplementId = b.box->submitSupplement(b.reference, pages(citizen));
    REQUIRE(supplementId.ok());
    CHECK(b.box->statusCounts()->supplementsPending == 1);
    // Nothing personal in plaintext: neither the answer nor the number inside the scans.
    CHECK_FALSE(storedBytesContain(b.box->databasePath(), citizen.fullName));
    CHECK_FALSE(storedBytesContain(b.box->databasePath(), citizen.idNumber));

    auto claimed = b.box->claimNextSupplement();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->clientSupplementId == *supplementId);
    CHECK((*claimed)->portalFilingId == "f-1");
    CHECK((*claimed)->localReference == b.reference);
    CHECK_FALSE(b.box->claimNextSupplement()->has_value());  // leased

    auto opened = b.box->decryptSupplement(*supplementId);
    REQUIRE(opened.ok());
    CHECK(opened->content.answers.at("ghi_chu") == citizen.fullName);
    REQUIRE(opened->content.attachments.size() == 2);
    CHECK(opened->content.attachments[1].slotId == "giay_chung_sinh");
    CHECK(opened->content.attachments[1].pages == 1);
    CHECK(opened->attachmentSha256.size() == 2);

    // A filing with a supplement waiting keeps its content.
    CHECK(b.box->destroyKey(b.id).error().code == "outbox.bad_transition");
    REQUIRE(b.box->markSupplementDelivered(*supplementId, R"({"body":"{}"})").ok());
    REQUIRE(b.box->markSupplementDelivered(*supplementId, R"({"body":"{}"})").ok());
    CHECK(b.box->statusCounts()->supplementsPending == 0);
    auto listed = b.box->supplementsOf(b.reference);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().delivery == "delivered");
    CHECK(listed->front().acknowledgementJson == R"({"body":"{}"})");

    REQUIRE(b.box->destroyKey(b.id).ok());
    CHECK(b.box->decryptSupplement(*supplementId).error().code == "outbox.shredded");
}

TEST_CASE("a retried supplement keeps its place and id; a refused one is failed for staff") {
    Box b;
    b.deliverAndRequest();
    auto first = b.box->submitSupplement(b.reference, pages(makeCitizen()));
    REQUIRE(first.ok());
    REQUIRE(b.box->claimNextSupplement()->has_value());
    auto attempts = b.box->scheduleSupplementRetry(*first, std::chrono::sys_seconds{}, "network.timeout");
    REQUIRE(attempts.ok());
    CHECK(*attempts == 1);
    auto again = b.box->claimNextSupplement();
    REQUIRE(again->has_value());
    CHECK((*again)->clientSupplementId == *first);
    CHECK((*again)->attempts == 1);
    CHECK(b.box->markSupplementFailed(*first, "Bad Code!").error().code == "outbox.bad_error_code");
    REQUIRE(b.box->markSupplementFailed(*first, "portal.409").ok());
    auto listed = b.box->supplementsOf(b.reference);
    CHECK(listed->front().delivery == "failed");
    CHECK(listed->front().lastError == "portal.409");
    CHECK(b.box->statusCounts()->supplementsPending == 0);
}

// Ratings wait in the outbox until their filing is at the portal, go to kiosk-sync under a key
// that never changes, and are never offered again once delivered or refused. The manifest keeps
// the citizen's choice of delivery with the filing.
#include <doctest/doctest.h>

#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Rated : ClaimedFiling {
    Rated()
        : ClaimedFiling([](core::Filing& filing) {
              filing.delivery = forms::ResultDelivery::Post;
              filing.postAddress = "Thôn 3, Xã Hòa Phú";
              filing.postFeeVnd = 28000;
          }) {}

    void deliver() { REQUIRE(box->markDelivered(id, {"000.00.00.H66-251122-0001", "{}", receipt()}).ok()); }
};

}  // namespace

TEST_CASE("the delivery choice is stored with the filing and read back for sending") {
    Rated r;
    auto opened = r.box->decryptPayload(r.id);
    REQUIRE(opened.ok());
    CHECK(opened->filing.delivery == forms::ResultDelivery::Post);
    CHECK(opened->filing.postAddress == "Thôn 3, Xã Hòa Phú");
    CHECK(opened->filing.postFeeVnd == 28000);
}

TEST_CASE("a rating waits for its filing's delivery, then is offered once under a fixed key") {
    Rated r;
    REQUIRE(r.box->rate(r.reference, {core::RatingMoment::Receipt, 2, {"cho_lau"}}).ok());
    auto waiting = r.box->ratingsToSync();
    REQUIRE(waiting.ok());
    CHECK(waiting->empty());  // the portal does not know the filing yet

    r.deliver();
    auto due = r.box->ratingsToSync();
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    const auto& work = (*due)[0];
    CHECK(work.portalFilingId == "f-1");
    CHECK(work.rating.score == 2);
    CHECK(work.rating.reasons == std::vector<std::string>{"cho_lau"});
    CHECK(work.idempotencyKey() == r.id + ":rating:" + std::to_string(work.id));
    // Offered again until marked: a crash before the mark sends it again under the same key.
    CHECK(r.box->ratingsToSync()->front().idempotencyKey() == work.idempotencyKey());

    REQUIRE(r.box->markRatingDelivered(work.id).ok());
    CHECK(r.box->ratingsToSync()->empty());
}

TEST_CASE("a second rating at the same moment is ignored; a refused one is not offered again; bad input is refused") {
    Rated r;
    r.deliver();
    REQUIRE(r.box->rate(r.reference, {core::RatingMoment::Receipt, 5, {}}).ok());
    REQUIRE(r.box->rate(r.reference, {core::RatingMoment::Receipt, 1, {}}).ok());
    auto due = r.box->ratingsToSync();
    REQUIRE(due->size() == 1);
    CHECK(due->front().rating.score == 5);
    REQUIRE(r.box->markRatingFailed(due->front().id, "portal.422").ok());
    CHECK(r.box->ratingsToSync()->empty());

    CHECK(r.box->rate(r.reference, {core::RatingMoment::Result, 0, {}}).error().code == "outbox.bad_rating");
    CHECK(r.box->rate("KHONG-CO-1", {core::RatingMoment::Result, 4, {}}).error().code == "outbox.not_found");
}

// The rating after the receipt: "Xong" asks it once; a face of 4 or 5 is kept at once, 3 or less
// asks reasons from kiosk.toml's list first; "Bỏ qua" and the time running out before a face
// keep nothing; what is kept names the filing, never the person.
#include <doctest/doctest.h>

#include "kiosk/core/rating.hpp"
#include "unit/core/sample_config.hpp"

using kiosk::core::RatingStep;
using kiosk::core::Screen;
namespace act = kiosk::core::act;

namespace {

void toRating(kiosk::test::Flow& flow) {
    flow.toCheckAnswers();
    flow(act::Continue{});
    flow(act::GiveConsent{});
    flow(act::Submit{});
    REQUIRE(flow.session.screen == Screen::Receipt);
    flow(act::Finish{});
    REQUIRE(flow.session.screen == Screen::Rating);
    REQUIRE(flow.session.rating.has_value());
}

}  // namespace

TEST_CASE("Xong on the receipt asks for a rating that closes 30 s later, with the name already gone") {
    kiosk::test::Flow flow;
    toRating(flow);
    CHECK(flow.session.rating->step == RatingStep::Faces);
    CHECK(flow.session.receipt.applicantName.empty());
    CHECK(kiosk::core::ratingDeadline(flow.session) ==
          kiosk::ManualClock::Steady::time_point{} + kiosk::core::kRatingSeconds);
    CHECK_FALSE(kiosk::core::ratingDeadline(kiosk::core::newSession(flow.config)).has_value());
}

TEST_CASE("a face of 4 or 5 is kept at once, without reasons, against the filing") {
    kiosk::test::Flow flow;
    toRating(flow);
    flow(act::Rate{5});
    CHECK(flow.session.rating->step == RatingStep::Thanks);
    REQUIRE(flow.store.ratings.size() == 1);
    CHECK(flow.store.ratings[0].first == "TEST-1");
    CHECK(flow.store.ratings[0].second.score == 5);
    CHECK(flow.store.ratings[0].second.moment == kiosk::core::RatingMoment::Receipt);
    CHECK(flow.store.ratings[0].second.reasons.empty());
    flow(act::Rate{1});  // the thank-you takes no second rating
    CHECK(flow.store.ratings.size() == 1);
    flow(act::Finish{});
    CHECK(flow.session.screen == Screen::Home);
    CHECK(flow.session.reference.empty());
}

TEST_CASE("3 or less asks reasons from the list; ticks toggle; unknown ids are ignored; Gửi keeps them") {
    kiosk::test::Flow flow;
    toRating(flow);
    flow(act::Rate{2});
    CHECK(flow.session.rating->step == RatingStep::Reasons);
    CHECK(flow.store.ratings.empty());
    flow(act::ToggleRatingReason{"cho_lau"});
    flow(act::ToggleRatingReason{"may_kho_dung"});
    flow(act::ToggleRatingReason{"cho_lau"});
    flow(act::ToggleRatingReason{"khong_co_trong_danh_sach"});
    CHECK(flow.session.rating->reasons == std::vector<std::string>{"may_kho_dung"});
    flow(act::SendRating{});
    REQUIRE(flow.store.ratings.size() == 1);
    CHECK(flow.store.ratings[0].second.score == 2);
    CHECK(flow.store.ratings[0].second.reasons == std::vector<std::string>{"may_kho_dung"});
    CHECK(flow.session.rating->step == RatingStep::Thanks);
}

TEST_CASE("Bỏ qua keeps nothing and ends the session") {
    kiosk::test::Flow flow;
    toRating(flow);
    flow(act::SkipRating{});
    CHECK(flow.store.ratings.empty());
    CHECK(flow.session.screen == Screen::Home);
    CHECK_FALSE(flow.session.rating.has_value());
}

TEST_CASE("the time running out keeps a face already given with its ticks, and nothing before a face") {
    kiosk::test::Flow before;
    toRating(before);
    before(act::RatingTimeout{});
    CHECK(before.store.ratings.empty());
    CHECK(before.session.screen == Screen::Home);

    kiosk::test::Flow during;
    toRating(during);
    during(act::Rate{3});
    during(act::ToggleRatingReason{"cho_lau"});
    during(act::RatingTimeout{});
    REQUIRE(during.store.ratings.size() == 1);
    CHECK(during.store.ratings[0].second.score == 3);
    CHECK(during.store.ratings[0].second.reasons == std::vector<std::string>{"cho_lau"});
    CHECK(during.session.screen == Screen::Home);
}

TEST_CASE("without reasons in the config a low face is kept at once; a score outside 1-5 is ignored") {
    kiosk::test::Flow flow;
    auto noReasons = std::make_shared<kiosk::config::Config>(*flow.config);
    noReasons->kiosk.rating.reasons.clear();
    flow.config = noReasons;
    flow.session = kiosk::core::newSession(noReasons);
    toRating(flow);
    flow(act::Rate{0});
    flow(act::Rate{6});
    CHECK(flow.store.ratings.empty());
    flow(act::Rate{1});
    REQUIRE(flow.store.ratings.size() == 1);
    CHECK(flow.store.ratings[0].second.score == 1);
}

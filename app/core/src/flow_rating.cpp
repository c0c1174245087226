// The rating after the receipt, and after a result is handed over: faces, reasons for a low
// score, thanks. What is stored is the score and reason ids against the filing's local
// reference (never the person); kiosk-sync delivers it once.
#include <algorithm>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/rating.hpp"

namespace kiosk::core {

std::optional<Clock::Steady::time_point> ratingDeadline(const Session& s) {
    if (s.screen != Screen::Rating || !s.rating) return std::nullopt;
    return s.rating->deadline;
}

namespace detail {
namespace {

void keep(Session& s, const FlowContext& ctx) {
    RatingAsk& ask = *s.rating;
    const auto stored = ctx.store.rate(ask.reference, Rating{ask.moment, ask.score, ask.reasons});
    ask.storeFailed = !stored;
    ask.step = RatingStep::Thanks;
    ask.deadline = ctx.clock.steadyNow() + kRatingThanksSeconds;
}

bool knownReason(const Session& s, const std::string& id) {
    const auto& reasons = s.config->kiosk.rating.reasons;
    return std::any_of(reasons.begin(), reasons.end(), [&](const config::RatingReason& r) { return r.id == id; });
}

}  // namespace

bool askRating(Session& s, const FlowContext& ctx) {
    if (s.screen != Screen::Receipt || s.reference.empty() || s.rating) return false;
    secureWipe(s.receipt.applicantName);
    s.rating = RatingAsk{
        RatingMoment::Receipt, s.reference, RatingStep::Faces, 0, {}, false, ctx.clock.steadyNow() + kRatingSeconds};
    s.screen = Screen::Rating;
    return true;
}

void askResultRating(Session& s, const FlowContext& ctx, const std::string& reference) {
    s.rating = RatingAsk{
        RatingMoment::Result, reference, RatingStep::Faces, 0, {}, false, ctx.clock.steadyNow() + kRatingSeconds};
    s.screen = Screen::Rating;
}

void rate(Session& s, const FlowContext& ctx, int score) {
    if (s.screen != Screen::Rating || !s.rating || s.rating->step == RatingStep::Thanks || score < 1 || score > 5) {
        return;
    }
    s.rating->score = score;
    s.rating->deadline = ctx.clock.steadyNow() + kRatingSeconds;
    if (asksReasons(score) && !s.config->kiosk.rating.reasons.empty()) {
        s.rating->step = RatingStep::Reasons;
    } else {
        s.rating->reasons.clear();
        keep(s, ctx);
    }
}

void toggleRatingReason(Session& s, const FlowContext& ctx, const std::string& id) {
    if (s.screen != Screen::Rating || !s.rating || s.rating->step != RatingStep::Reasons || !knownReason(s, id)) return;
    auto& reasons = s.rating->reasons;
    if (const auto it = std::find(reasons.begin(), reasons.end(), id); it != reasons.end()) reasons.erase(it);
    else reasons.push_back(id);
    s.rating->deadline = ctx.clock.steadyNow() + kRatingSeconds;
}

void sendRating(Session& s, const FlowContext& ctx) {
    if (s.screen == Screen::Rating && s.rating && s.rating->step == RatingStep::Reasons) keep(s, ctx);
}

// The time ran out: a score already given is kept with the reasons ticked so far; otherwise
// nothing is. The caller ends the session either way.
void ratingTimedOut(Session& s, const FlowContext& ctx) {
    if (s.screen == Screen::Rating && s.rating && s.rating->step == RatingStep::Reasons) {
        const auto stored = ctx.store.rate(s.rating->reference,
                                           Rating{s.rating->moment, s.rating->score, s.rating->reasons});
        (void)stored;  // nobody is at the screen to tell; the outbox logs its own failure
    }
}

}  // namespace detail
}  // namespace kiosk::core

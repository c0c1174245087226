// "Bạn có hài lòng không?" after the receipt: five faces with words, from "Rất hài lòng" to "Rất
// không hài lòng", one tap each; for 3 or less the reasons from kiosk.toml [rating] as big
// check boxes (nothing to type), then a thank-you. "Bỏ qua" leaves at once, and the screen closes
// by itself kRatingSeconds after the last touch (core::ratingDeadline).
#include <algorithm>
#include <chrono>

#include "kiosk/core/rating.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// A round face in the option's left margin: eyes, and a mouth that smiles for 5, is straight
// for 3 and turns down for 1, so the scale reads without the words.
void drawFace(UiContext& ctx, int score) {
    const Theme& th = ctx.theme;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float r = th.px(0.8f);
    const ImVec2 centre(min.x + th.px(1.3f), (min.y + max.y) * 0.5f);
    const Palette& c = ctx.colours();
    const ImU32 ink = ImGui::GetColorU32(c.text);
    const float stroke = th.px(0.1f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(centre, r, ImGui::GetColorU32(c.background));
    dl->AddCircle(centre, r, ink, 0, stroke);
    dl->AddCircleFilled(ImVec2(centre.x - r * 0.35f, centre.y - r * 0.3f), r * 0.1f, ink);
    dl->AddCircleFilled(ImVec2(centre.x + r * 0.35f, centre.y - r * 0.3f), r * 0.1f, ink);
    const float bend = static_cast<float>(score - 3) / 2.0f * r * 0.3f;  // +: a smile, -: a frown
    constexpr int kPoints = 9;
    ImVec2 mouth[kPoints];
    for (int i = 0; i < kPoints; ++i) {
        const float x = -1.0f + 2.0f * static_cast<float>(i) / (kPoints - 1);
        mouth[i] = ImVec2(centre.x + x * r * 0.45f, centre.y + r * 0.35f + bend * (1.0f - x * x) - bend * 0.5f);
    }
    dl->AddPolyline(mouth, kPoints, ink, 0, stroke);
}

// The words under each face, by score (index 0 unused).
constexpr const char* kScoreWords[] = {
    "", "rating.score_1", "rating.score_2", "rating.score_3", "rating.score_4", "rating.score_5"};

MaybeAction drawFaces(UiContext& ctx) {
    MaybeAction action;
    for (int score = 5; score >= 1; --score) {
        const std::string id = "rating." + std::to_string(score);
        if (button(ctx, id, ctx.t(kScoreWords[score]), ButtonStyle::Option)) {
            action = core::act::Rate{score};
        }
        drawFace(ctx, score);
    }
    return action;
}

MaybeAction drawReasons(UiContext& ctx, const core::RatingAsk& ask) {
    std::vector<Option> options;
    for (const auto& reason : ctx.config.kiosk.rating.reasons) options.push_back({reason.id, ctx.text(reason.label)});
    if (auto tapped = optionList(ctx, "rating.reason", options, ask.reasons, true)) {
        return core::act::ToggleRatingReason{*tapped};
    }
    return std::nullopt;
}

}  // namespace

MaybeAction drawRating(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (!s.rating) return std::nullopt;
    const core::RatingAsk& ask = *s.rating;
    const auto left = std::chrono::ceil<std::chrono::seconds>(
        std::max(ask.deadline - ctx.now, std::chrono::steady_clock::duration::zero()));
    MaybeAction action;
    {
        ScrollBody body(ctx);
        switch (ask.step) {
            case core::RatingStep::Faces:
                heading(ctx, ctx.t(ask.moment == core::RatingMoment::Result ? "rating.title_result" : "rating.title"));
                // The result was just printed: the papers in the tray come first, the faces after.
                if (ask.moment == core::RatingMoment::Result) {
                    subheading(ctx, ctx.t("result_print.printed"), "rating.printed");
                }
                paragraph(ctx, ctx.t("rating.intro"));
                action = drawFaces(ctx);
                break;
            case core::RatingStep::Reasons:
                heading(ctx, ctx.t("rating.reasons_title"));
                paragraph(ctx, ctx.t("rating.reasons_intro"));
                action = drawReasons(ctx, ask);
                break;
            case core::RatingStep::Thanks:
                heading(ctx, ctx.t("rating.thanks"), "rating.thanks");
                if (ask.storeFailed) paragraph(ctx, ctx.t("rating.not_kept"), "rating.not_kept");
                break;
        }
        mutedText(ctx, ctx.fmt("rating.closes", {{"seconds", std::to_string(left.count())}}), "rating.closes");
    }
    switch (ask.step) {
        case core::RatingStep::Faces:
            if (choiceBar(ctx, "", "", "rating.skip", ctx.t("rating.skip")) == NavChoice::Continue) {
                action = core::act::SkipRating{};
            }
            break;
        case core::RatingStep::Reasons:
            if (choiceBar(ctx, "", "", "rating.send", ctx.t("rating.send")) == NavChoice::Continue) {
                action = core::act::SendRating{};
            }
            break;
        case core::RatingStep::Thanks:
            if (choiceBar(ctx, "", "", "rating.done", ctx.t("rating.done")) == NavChoice::Continue) {
                action = core::act::Finish{};
            }
            break;
    }
    return action;
}

}  // namespace kiosk::ui

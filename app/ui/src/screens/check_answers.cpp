#include <algorithm>
#include <cfloat>

#include "answer_text.hpp"
#include "kiosk/core/identity_input.hpp"
#include "kiosk/core/navigation.hpp"
#include "kiosk/core/result_delivery.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

// One answer: the question, the answer, and "Sửa" on the right unless the kiosk works the
// answer out itself (a fee): there is nothing there for the citizen to change.
bool answerRow(UiContext& ctx, const std::string& key, const std::string& label,
               const std::string& value, bool editable = true) {
    // "Sửa" is a bordered button as wide as its word needs ("Change" in English), not a link.
    const std::string editLabel = ctx.t("check.edit");
    const float editW = std::max(ctx.theme.px(5.0f), 
                                   ctx.fonts.bold->CalcTextSizeA(ctx.fonts.bold->FontSize, FLT_MAX, 0.0f,
                                                                 editLabel.c_str()).x + ctx.theme.px(1.6f));
    const float left = ImGui::GetCursorPosX();
    const float right = left + contentWidth(ctx);
    const float y = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(right - editW - ctx.theme.gap());
    subheading(ctx, label);
    paragraph(ctx, value, "check.value." + key);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(right - editW, y));
    const bool edit =
        editable && button(ctx, "check.edit." + key, editLabel, ButtonStyle::Secondary, editW);
    ImGui::SetCursorPos(ImVec2(left, std::max(bottom, ImGui::GetCursorPosY())));
    ImGui::Separator();
    return edit;
}

MaybeAction pageAnswers(UiContext& ctx, const forms::Page& page, int pageIndex) {
    MaybeAction action;
    const auto vctx = core::validationContext(ctx.session, ctx.today);
    const int count = page.repeat ? forms::repeatCount(page, ctx.session.answers) : 1;
    for (int i = page.repeat ? 1 : 0; i <= (page.repeat ? count : 0); ++i) {
        if (page.repeat) mutedText(ctx, ctx.fmt("page.instance", {{"n", std::to_string(i)}}));
        for (const auto& field : page.fields) {
            if (field.type == forms::FieldType::Info ||
                !forms::isVisible(vctx, field, ctx.session.answers, i)) {
                continue;
            }
            const std::string key = forms::answerKey(field.id, i);
            if (answerRow(ctx, key, ctx.text(field.label), answerText(ctx, field, key),
                          !field.compute)) {
                action = core::act::EditPage{pageIndex};
            }
        }
    }
    return action;
}

// "Bạn muốn nhận kết quả thế nào?": the ways the service allows as big choices, the desk
// already chosen; post shows the address box, filled from the card. A service with the desk
// alone asks nothing; one with post alone still needs the address.
MaybeAction deliveryChoice(UiContext& ctx) {
    const core::Session& s = ctx.session;
    const auto& ways = s.service->resultDelivery;
    if (!ways.offersChoice() && !ways.post) return std::nullopt;
    MaybeAction action;
    ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    subheading(ctx, ctx.t("delivery.title"), "delivery.title");
    mutedText(ctx, ctx.t("delivery.help"));
    std::vector<Option> options;
    if (ways.desk) options.push_back({"desk", ctx.t("delivery.desk")});
    if (ways.post) {
        options.push_back({"post", ctx.fmt("delivery.post", {{"amount", groupThousands(ways.postFeeVnd)}})});
    }
    if (ways.electronic) options.push_back({"electronic", ctx.t("delivery.electronic")});
    if (auto chosen = optionList(ctx, "delivery", options, {core::deliveryName(s.delivery)}, false)) {
        if (auto way = core::deliveryFromName(*chosen)) action = core::act::ChooseDelivery{*way};
    }
    if (s.delivery == forms::ResultDelivery::Post) {
        if (ctx.state.scrollTo == core::kPostAddressKey) {
            ImGui::SetScrollHereY(0.1f);
            ctx.state.scrollTo.clear();
        }
        subheading(ctx, ctx.t("delivery.address_title"));
        mutedText(ctx, ctx.t("delivery.address_help"));
        const bool error = inlineErrors(ctx, core::kPostAddressKey);
        textInput(ctx, "delivery.address", core::TextTarget::PostAddress, "", InputKind::Text, error,
                  core::kPostAddressMaxChars);
    }
    return action;
}

}  // namespace

MaybeAction drawCheckAnswers(UiContext& ctx) {
    const core::Session& s = ctx.session;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("check.title"));
        paragraph(ctx, ctx.t("check.intro"));
        errorSummary(ctx);

        subheading(ctx, ctx.t("check.applicant"));
        const std::string& name = sessionText(s, core::TextTarget::Identity, "full_name");
        const std::string& id = sessionText(s, core::TextTarget::Identity, "id_number");
        if (answerRow(ctx, "identity", ctx.t("identity.full_name"), name + " — " + maskedId(id))) {
            action = core::act::EditIdentity{};
        }
        for (const auto& field : s.service->preQuestions) {
            if (answerRow(ctx, field.id, ctx.text(field.label), answerText(ctx, field, field.id))) {
                action = core::act::EditPreQuestions{};
            }
        }
        const auto vctx = core::validationContext(s, ctx.today);
        for (int index : core::visiblePages(vctx, s.answers)) {
            const auto& page = s.service->pages[static_cast<size_t>(index)];
            ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
            subheading(ctx, ctx.text(page.title));
            if (auto a = pageAnswers(ctx, page, index)) action = std::move(a);
        }
        if (auto a = deliveryChoice(ctx)) action = std::move(a);
    }
    return stepBar(ctx, std::move(action), ctx.t("check.continue"));
}

}  // namespace kiosk::ui

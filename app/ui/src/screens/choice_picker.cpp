#include <vector>

#include "kiosk/base/text.hpp"
#include "layout.hpp"
#include "picker.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// The list's likely answers first (as the form shows them), then the rest in the list's order.
std::vector<const forms::Choice*> commonFirst(const forms::ChoiceList& list) {
    std::vector<const forms::Choice*> out;
    for (const auto& id : list.common) {
        for (const auto& choice : list.choices) {
            if (choice.id == id) out.push_back(&choice);
        }
    }
    for (const auto& choice : list.choices) {
        bool common = false;
        for (const auto& id : list.common) common = common || id == choice.id;
        if (!common) out.push_back(&choice);
    }
    return out;
}

}  // namespace

MaybeAction drawChoicePicker(UiContext& ctx) {
    UiState& state = ctx.state;
    const std::string key = state.pickerKey;
    const forms::ChoiceList* list = ctx.config.findChoices(*ctx.session.service, state.pickerList);
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, state.pickerTitle);
        subheading(ctx, ctx.t("address.filter"));
        const bool focused = state.focus && !state.focus->target;
        if (textBox(ctx, "picker.filter", state.pickerFilter, ctx.t("field.tap_to_type"), focused, false)) {
            state.focus = Focus{std::nullopt, "", InputKind::Text, 0};
        }
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        bool any = false;
        for (const auto* choice : list != nullptr ? commonFirst(*list) : std::vector<const forms::Choice*>{}) {
            const std::string label = ctx.text(choice->label);
            if (!text::searchMatches(label, state.pickerFilter)) continue;
            any = true;
            if (button(ctx, "picker." + choice->id, label, ButtonStyle::ListItem)) {
                action = core::act::SetText{core::TextTarget::Answer, key, choice->id};
                closePicker(state);
            }
        }
        if (!any) mutedText(ctx, ctx.t("choice.none_found"), "picker.none");
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) closePicker(state);
    return action;
}

}  // namespace kiosk::ui

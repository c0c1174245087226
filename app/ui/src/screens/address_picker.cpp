#include <vector>

#include "kiosk/base/text.hpp"
#include "layout.hpp"
#include "picker.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// The kiosk's own province or commune first, the rest in the config's order: most people at
// a commune's desk live in that commune.
template <class Unit>
std::vector<const Unit*> homeFirst(const std::vector<Unit>& units, const std::string& homeCode) {
    std::vector<const Unit*> out;
    out.reserve(units.size());
    for (const auto& u : units) {
        if (u.code == homeCode) out.insert(out.begin(), &u);
        else out.push_back(&u);
    }
    return out;
}

}  // namespace

MaybeAction drawAddressPicker(UiContext& ctx) {
    UiState& state = ctx.state;
    const std::string key = state.pickerKey;
    const auto provinceIt = ctx.session.answers.find(key + ".province");
    const forms::Province* province = provinceIt == ctx.session.answers.end()
                                          ? nullptr
                                          : ctx.config.units.findProvince(provinceIt->second);
    const bool communes = state.pickerLevel == PickerLevel::Commune && province != nullptr;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, communes ? ctx.fmt("address.pick_commune", {{"province", province->name}})
                              : ctx.t("address.pick_province"));
        subheading(ctx, ctx.t("address.filter"));
        const bool focused = state.focus && !state.focus->target;
        if (textBox(ctx, "picker.filter", state.pickerFilter, ctx.t("field.tap_to_type"), focused, false)) {
            state.focus = Focus{std::nullopt, "", InputKind::Text, 0};
        }
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (communes) {
            for (const auto* c : homeFirst(province->communes, ctx.config.kiosk.communeCode)) {
                if (!text::searchMatches(c->name, state.pickerFilter)) continue;
                if (button(ctx, "picker." + c->code, c->name, ButtonStyle::ListItem)) {
                    action = core::act::SetText{core::TextTarget::Answer, key + ".commune", c->code};
                    closePicker(state);
                }
            }
        } else {
            for (const auto* p : homeFirst(ctx.config.units.provinces, ctx.config.kiosk.provinceCode)) {
                if (!text::searchMatches(p->name, state.pickerFilter)) continue;
                if (button(ctx, "picker." + p->code, p->name, ButtonStyle::ListItem)) {
                    action = core::act::SetText{core::TextTarget::Answer, key + ".province", p->code};
                    // Next the commune, from the province just chosen.
                    state.pickerLevel = PickerLevel::Commune;
                    state.pickerFilter.clear();
                    state.focus.reset();
                    state.resetScroll = true;
                }
            }
        }
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) closePicker(state);
    return action;
}

}  // namespace kiosk::ui

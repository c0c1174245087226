#include <algorithm>
#include <cfloat>
#include <chrono>
#include <vector>

#include "kiosk/core/flow.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/record.hpp"

namespace kiosk::ui {
namespace {

// The toolbar keeps its size with large text (ButtonStyle::Tool): at ×1.5 it would take three
// rows of a landscape screen and leave no room above a keyboard.
float toolFontSize(const UiContext& ctx) { return ctx.fonts.bold->FontSize / ctx.theme.textScale; }

float labelWidth(const UiContext& ctx, const std::string& label) {
    const ImFont* f = ctx.fonts.bold;
    return f->CalcTextSizeA(toolFontSize(ctx), FLT_MAX, 0.0f, label.c_str()).x + ctx.theme.keyPx(1.6f);
}

bool hasTypedAnything(const core::Session& s) {
    return !s.answers.empty() || !s.identityInput.empty();
}

// The staff entrance is out of citizens' sight: five taps on the top-left corner (over the
// commune's name), each within two seconds of the last, open the PIN screen, from the home
// screen or over a citizen's filing (to help with it). A citizen tapping the name once or twice
// sees nothing happen, and nothing on screen invites it.
constexpr int kStaffCornerTaps = 5;
constexpr auto kStaffCornerGap = std::chrono::seconds(2);

// The invisible corner; true once the gesture is complete.
bool staffCorner(UiContext& ctx, float size) {
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    const bool tapped = ImGui::InvisibleButton("##staff_corner", ImVec2(size, size));
    record(ctx, "toolbar.staff_corner", WidgetKind::Button, "", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (!tapped) return false;
    UiState& st = ctx.state;
    if (ctx.now - st.staffCornerLastTap > kStaffCornerGap) st.staffCornerTaps = 0;
    st.staffCornerLastTap = ctx.now;
    if (++st.staffCornerTaps < kStaffCornerTaps) return false;
    st.staffCornerTaps = 0;
    return true;
}

}  // namespace

MaybeAction drawToolbar(UiContext& ctx) {
    const core::Session& s = ctx.session;
    const Theme& th = ctx.theme;
    struct Item {
        std::string id, label;
        ButtonStyle style = ButtonStyle::Tool;
    };
    std::vector<Item> items;
    if (s.screen != core::Screen::Home && s.screen != core::Screen::Receipt) {
        items.push_back({"toolbar.home", ctx.t("toolbar.home")});
    }
    // One button offering the other language, named in that language.
    if (ctx.config.kiosk.languages.size() > 1) {
        if (s.lang == forms::Lang::Vi) items.push_back({"toolbar.lang.en", "English"});
        else items.push_back({"toolbar.lang.vi", "Tiếng Việt"});
    }
    items.push_back({"toolbar.read_aloud",
                     ctx.state.readAloud ? ctx.t("toolbar.read_again") : ctx.t("toolbar.read_aloud")});
    items.push_back({"toolbar.text_size",
                     s.display.textScale >= 1.5f ? ctx.t("toolbar.text_normal") : ctx.t("toolbar.text_bigger")});
    items.push_back({"toolbar.contrast",
                     s.display.highContrast ? ctx.t("toolbar.contrast_off") : ctx.t("toolbar.contrast_on")});
    // On every citizen screen; not at the desk's intake nor while staff help at the kiosk (an
    // officer is already at the keyboard: deskKeys), nor on the staff screen. After the call it says so, and pressing
    // it shows the notice again.
    if (!ctx.state.deskKeys && s.screen != core::Screen::Staff) {
        const bool called = s.helpCall && s.helpCall->stored;
        items.push_back({"toolbar.call_staff", called ? ctx.t("toolbar.called_staff") : ctx.t("toolbar.call_staff"),
                         ButtonStyle::ToolStrong});
    }

    const float margin = th.keyPx(kMarginEm), gap = th.keyPx(kGapEm);
    const float width = th.display.x - 2 * margin;
    const float rowH = th.keyPx(kTouchEm) + gap;
    const std::string& title = ctx.config.kiosk.communeName;
    const float titleW = labelWidth(ctx, title);
    float total = 0;
    for (const auto& item : items) total += labelWidth(ctx, item.label) + gap;
    // Everything on one row when it fits (buttons to the right); otherwise the buttons flow
    // onto rows of their own under the commune name (portrait).
    const bool oneRow = titleW + total <= width;
    std::vector<ImVec2> at;
    float x = oneRow ? margin + width - total + gap : margin;
    float y = oneRow ? gap * 0.5f : rowH + gap * 0.5f;
    for (const auto& item : items) {
        const float w = labelWidth(ctx, item.label);
        if (!oneRow && x > margin && x + w > margin + width) {
            x = margin;
            y += rowH;
        }
        at.push_back(ImVec2(x, y));
        x += w + gap;
    }
    const float height = y + rowH + gap * 0.5f;
    ctx.regions.toolbar = {ImVec2(0, 0), ImVec2(th.display.x, height)};

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(th.display.x, height), ImGui::GetColorU32(ctx.colours().panel));
    dl->AddLine(ImVec2(0, height - 1), ImVec2(th.display.x, height - 1),
                ImGui::GetColorU32(ctx.colours().border), th.px(kBorderEm));
    const float titleSize = toolFontSize(ctx);
    const ImVec2 titleAt(margin, gap * 0.5f + (rowH - titleSize) * 0.5f);
    dl->AddText(ctx.fonts.bold, titleSize, titleAt, ImGui::GetColorU32(ctx.colours().text), title.c_str());
    record(ctx, "toolbar.title", WidgetKind::Text, title, titleAt,
           ImVec2(titleAt.x + titleW - th.keyPx(1.6f), titleAt.y + titleSize));

    MaybeAction action;
    // The first row's height, square: in portrait the buttons start on the row below it.
    if (ctx.staffEnabled && core::staffEntranceOpen(s) && staffCorner(ctx, rowH)) {
        action = core::act::OpenStaff{};
    }
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        ImGui::SetCursorScreenPos(at[i]);
        if (!button(ctx, item.id, item.label, item.style, labelWidth(ctx, item.label))) continue;
        if (item.id == "toolbar.home") {
            if (hasTypedAnything(s)) ctx.state.confirmLeave = true;
            else action = core::act::GoHome{};
        } else if (item.id == "toolbar.lang.vi") {
            action = core::act::SetLanguage{forms::Lang::Vi};
        } else if (item.id == "toolbar.lang.en") {
            action = core::act::SetLanguage{forms::Lang::En};
        } else if (item.id == "toolbar.read_aloud") {
            ctx.state.readAloud = true;
            ctx.state.speakNow = true;
        } else if (item.id == "toolbar.call_staff") {
            ctx.state.confirmLeave = false;  // the notice takes the screen; nothing is left half-asked
            action = core::act::CallStaff{};
        } else if (item.id == "toolbar.text_size") {
            action = core::act::SetTextScale{s.display.textScale >= 1.5f ? 1.0f : s.display.textScale + 0.25f};
        } else {
            action = core::act::ToggleHighContrast{};
        }
    }
    return action;
}

}  // namespace kiosk::ui

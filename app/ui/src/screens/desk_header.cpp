// The header of the one-stop desk's intake, in place of the kiosk's toolbar: the officer works it
// with a mouse and a keyboard, so there is no text size, contrast, read-aloud, language or
// help-call button for a citizen at a touch screen. It says what the window is, who is signed in
// at which desk PC (the officer's ID and the desk's kiosk ID), the keys that work the form, and
// offers the way back to the desk's list of filings.
#include <algorithm>
#include <cfloat>

#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/record.hpp"

namespace kiosk::ui {
namespace {

float textWidth(ImFont* font, const std::string& text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str()).x;
}

// Draws `text` at `at`, records it under `id`, and returns the x just after it.
float label(UiContext& ctx, std::string_view id, ImFont* font, const ImVec4& colour, ImVec2 at,
            const std::string& text) {
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize, at, ImGui::GetColorU32(colour), text.c_str());
    const float width = textWidth(font, text);
    record(ctx, id, WidgetKind::Text, text, at, ImVec2(at.x + width, at.y + font->FontSize));
    return at.x + width;
}

}  // namespace

MaybeAction drawDeskHeader(UiContext& ctx) {
    const core::Session& s = ctx.session;
    const Theme& th = ctx.theme;
    const float margin = th.margin(), gap = th.gap();
    const float rowH = th.touch() + gap;
    const float height = rowH + gap;
    ctx.regions.toolbar = {ImVec2(0, 0), ImVec2(th.display.x, height)};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(th.display.x, height), ImGui::GetColorU32(ctx.colours().panel));
    dl->AddLine(ImVec2(0, height - 1), ImVec2(th.display.x, height - 1), ImGui::GetColorU32(ctx.colours().border),
                th.px(kBorderEm));

    const float textY = (height - ctx.fonts.body->FontSize) * 0.5f;
    float x = label(ctx, "desk.header.title", ctx.fonts.bold, ctx.colours().text, ImVec2(margin, textY),
                    ctx.fmt("desk_header.title", {{"commune", ctx.config.kiosk.communeName}}));
    x = label(ctx, "desk.header.who", ctx.fonts.body, ctx.colours().text, ImVec2(x + 2 * margin, textY),
              ctx.fmt("desk_header.who", {{"operator", ctx.deskOfficer}, {"desk", ctx.config.kiosk.kioskId}}));

    // On the receipt the filing is stored: its own "Xong" goes back to the list.
    const bool offerClose = s.screen != core::Screen::Receipt;
    const std::string close = ctx.t("desk_header.close");
    const float closeW = offerClose ? textWidth(ctx.fonts.bold, close) + th.px(1.6f) : 0.0f;
    const float closeX = th.display.x - margin - closeW;
    const std::string keys = ctx.t("desk_header.keys");
    const float keysX = closeX - 2 * margin - textWidth(ctx.fonts.body, keys);
    if (keysX > x + 2 * margin)
        label(ctx, "desk.header.keys", ctx.fonts.body, ctx.colours().mutedText, ImVec2(keysX, textY), keys);

    MaybeAction action;
    if (!offerClose) return action;
    ImGui::SetCursorScreenPos(ImVec2(closeX, (height - th.touch()) * 0.5f));
    // "toolbar." like the kiosk's own: Tab goes through the filing, not the header.
    if (button(ctx, "toolbar.home", close, ButtonStyle::Secondary, closeW)) {
        const bool typed = !s.answers.empty() || !s.identityInput.empty();
        if (typed) ctx.state.confirmLeave = true;
        else action = core::act::GoHome{};
    }
    return action;
}

}  // namespace kiosk::ui

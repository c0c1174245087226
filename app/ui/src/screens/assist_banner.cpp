// The strip under the toolbar while a staff member helps the citizen (core::Session::assistedBy):
// every screen says who is helping, and the staff member leaves from it ("Kết thúc hỗ trợ"),
// which signs them out and leaves the kiosk to the citizen alone.
#include <cfloat>

#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/record.hpp"

namespace kiosk::ui {

MaybeAction drawAssistBanner(UiContext& ctx) {
    const std::string& helper = ctx.session.assistedBy;
    if (helper.empty()) return std::nullopt;
    const Theme& th = ctx.theme;
    const float top = ctx.regions.toolbar.max.y;
    const float margin = th.keyPx(kMarginEm), gap = th.keyPx(kGapEm);
    // Sized like the toolbar (Theme::keyPx): with large text it must not push the page away.
    const float fontSize = ctx.fonts.bold->FontSize / th.textScale;
    const std::string leave = ctx.t("assist.leave");
    const float leaveW = ctx.fonts.bold->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, leave.c_str()).x + th.keyPx(1.6f);
    const float rowH = th.keyPx(kTouchEm) + gap;
    const std::string text = ctx.fmt("assist.banner", {{"operator", helper}});
    // The words wrap beside the button; in portrait they may take two lines.
    const float textW = th.display.x - 3 * margin - leaveW;
    const ImVec2 size = ctx.fonts.bold->CalcTextSizeA(fontSize, FLT_MAX, textW, text.c_str());
    const float height = std::max(rowH, size.y + gap) + gap;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, top), ImVec2(th.display.x, top + height), ImGui::GetColorU32(ctx.colours().primary));
    const ImVec2 at(margin, top + (height - size.y) * 0.5f);
    dl->AddText(ctx.fonts.bold, fontSize, at, ImGui::GetColorU32(ctx.colours().onPrimary), text.c_str(), nullptr,
                textW);
    record(ctx, "assist.banner", WidgetKind::Text, text, at, ImVec2(at.x + size.x, at.y + size.y));

    MaybeAction action;
    ImGui::SetCursorScreenPos(ImVec2(th.display.x - margin - leaveW, top + (height - th.keyPx(kTouchEm)) * 0.5f));
    if (button(ctx, "assist.leave", leave, ButtonStyle::Tool, leaveW)) action = core::act::LeaveSession{};
    ctx.regions.toolbar.max.y = top + height;
    return action;
}

}  // namespace kiosk::ui

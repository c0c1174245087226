#include "layout.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui_internal.h>

#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

constexpr float kMaxContentEm = 40.0f;
// The desk's intake on a desk monitor: wide enough for two columns of questions (DeskGrid).
constexpr float kMaxDeskContentEm = 76.0f;
// A flick slows down by this factor each second, and stops below kFlickStopEm per second.
constexpr float kFlickFriction = 4.0f;
constexpr float kFlickStopEm = 1.0f;

// Touch screens have no wheel: a drag on the body scrolls it, and the drag must not end as a
// press on whatever button it started on. A quick drag (a flick) keeps the body moving after
// the finger lifts, slowing down, as on a phone; a new touch stops it.
void dragScroll(UiState& state, const Theme& theme) {
    const ImGuiIO& io = ImGui::GetIO();
    const float dt = std::max(io.DeltaTime, 1e-3f);
    if (state.strokeKey.empty() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, theme.px(0.6f)) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
        state.flickVelocity = 0.5f * state.flickVelocity + 0.5f * (-io.MouseDelta.y / dt);
        state.dragging = true;
        return;
    }
    if (io.MouseDown[0] && !state.dragging) {
        state.flickVelocity = 0.0f;  // a finger on the glass holds the page
        return;
    }
    state.dragging = io.MouseDown[0];
    if (state.dragging || state.flickVelocity == 0.0f) return;
    const float y = ImGui::GetScrollY() + state.flickVelocity * dt;
    ImGui::SetScrollY(y);
    state.flickVelocity *= std::exp(-kFlickFriction * dt);
    const bool atEnd = y <= 0.0f || y >= ImGui::GetScrollMaxY();
    if (atEnd || std::fabs(state.flickVelocity) < theme.px(kFlickStopEm)) state.flickVelocity = 0.0f;
}

}  // namespace

Regions computeRegions(const Theme& theme, float top, float keyH) {
    const ImVec2 d = theme.display;
    Regions r;
    // The open keyboard takes the bar's place (its "Xong" closes it and the bar comes back), so
    // the box being typed into stays in sight even with large text on a landscape screen.
    const float navH = keyH > 0.0f ? 0.0f : theme.touch() + 2 * theme.gap();
    r.toolbar = {ImVec2(0, 0), ImVec2(d.x, top)};
    r.nav = {ImVec2(0, d.y - navH), ImVec2(d.x, d.y)};
    r.keyboard = {ImVec2(0, r.nav.min.y - keyH), ImVec2(d.x, r.nav.min.y)};
    r.body = {ImVec2(0, top), ImVec2(d.x, r.keyboard.min.y)};
    return r;
}

float contentWidth(const UiContext& ctx) {
    const float avail = ctx.regions.body.width() - 2 * ctx.theme.margin() -
                        ImGui::GetStyle().ScrollbarSize;
    const float most = ctx.theme.px(ctx.deskIntake ? kMaxDeskContentEm : kMaxContentEm);
    return std::max(ctx.theme.px(8.0f), std::min(avail, most));
}

ScrollBody::ScrollBody(UiContext& ctx) : m_ctx(ctx) {
    const Rect& body = ctx.regions.body;
    ImGui::SetCursorScreenPos(body.min);
    ImGui::BeginChild("body", ImVec2(body.width(), body.height()), false,
                      ImGuiWindowFlags_NoSavedSettings);
    if (ctx.state.resetScroll) {
        ImGui::SetScrollY(0.0f);
        ctx.state.resetScroll = false;
    } else if (ctx.state.restoreScrollFrames > 0) {
        // Asked again until the page is there (the first frame still measures the picker's
        // content, which may clamp the position), unless the citizen scrolls meanwhile.
        const bool there = ImGui::GetScrollY() == ctx.state.returnScrollY;
        const bool moved = ImGui::GetIO().MouseWheel != 0.0f || ctx.state.dragging;
        if (there || moved) ctx.state.restoreScrollFrames = 0;
        else {
            ImGui::SetScrollY(ctx.state.returnScrollY);
            --ctx.state.restoreScrollFrames;
        }
    }
    dragScroll(ctx.state, ctx.theme);
    const float width = contentWidth(ctx);
    const float left = ctx.theme.portrait
                           ? ctx.theme.margin()
                           : std::max(ctx.theme.margin(), (body.width() - width) * 0.5f);
    ImGui::SetCursorPos(ImVec2(left, ctx.theme.margin() * 0.5f));
    ImGui::Indent(left);
    ImGui::PushTextWrapPos(left + width);
}

ScrollBody::~ScrollBody() {
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(1, m_ctx.theme.margin()));
    ImGui::EndChild();
}

NavChoice navBar(UiContext& ctx, const std::string& backLabel, const std::string& continueLabel,
                 const char* continueId) {
    return choiceBar(ctx, "nav.back", backLabel.empty() ? "" : "‹ " + backLabel, continueId, continueLabel);
}

MaybeAction stepBar(UiContext& ctx, MaybeAction drawn, const std::string& continueLabel, core::Action onward,
                    const char* continueId) {
    switch (navBar(ctx, ctx.t("nav.back"), continueLabel, continueId)) {
        case NavChoice::Back: return core::act::Back{};
        case NavChoice::Continue: return onward;
        case NavChoice::None: break;
    }
    return drawn;
}

NavChoice choiceBar(UiContext& ctx, const char* secondaryId, const std::string& secondaryLabel,
                    const char* primaryId, const std::string& primaryLabel, bool primaryEnabled) {
    const Rect& nav = ctx.regions.nav;
    if (nav.height() <= 0.0f) return NavChoice::None;  // the keyboard is open
    const Theme& th = ctx.theme;
    const float room = nav.width() - 3 * th.margin();
    const float half = std::min(th.px(14.0f), room * 0.5f);
    float secondaryWidth = half, primaryWidth = half;
    // The bar is one button high. A main button whose words need more than half of it (the
    // largest text on a portrait screen: "Bắt đầu điền tờ khai", "Đã so, dùng thông tin") takes
    // the room the other button's shorter words leave, instead of wrapping below the screen's edge.
    if (!primaryLabel.empty() && !secondaryLabel.empty()) {
        ImFont* font = ctx.fonts.bold;
        const float pad = 2 * th.px(0.7f);  // button()'s padding, both sides
        const auto need = [&](const std::string& label) {
            return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label.c_str()).x + pad + th.px(0.2f);
        };
        const float primaryNeed = need(primaryLabel);
        if (primaryNeed > half) {
            secondaryWidth = std::clamp(room - primaryNeed, std::min(need(secondaryLabel), half), half);
            primaryWidth = std::min(room - secondaryWidth, std::max(half, primaryNeed));
        }
    }
    const float y = nav.min.y + th.gap();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(nav.min.x, nav.min.y), ImVec2(nav.max.x, nav.min.y),
                                        ImGui::GetColorU32(ctx.colours().border), th.px(kBorderEm));
    NavChoice choice = NavChoice::None;
    if (!secondaryLabel.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(nav.min.x + th.margin(), y));
        if (button(ctx, secondaryId, secondaryLabel, ButtonStyle::Secondary, secondaryWidth)) {
            choice = NavChoice::Back;
        }
    }
    if (!primaryLabel.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(nav.max.x - th.margin() - primaryWidth, y));
        if (button(ctx, primaryId, primaryLabel, ButtonStyle::Primary, primaryWidth, primaryEnabled)) {
            choice = NavChoice::Continue;
        }
    }
    return choice;
}

}  // namespace kiosk::ui

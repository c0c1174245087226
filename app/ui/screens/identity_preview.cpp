#include "ui/screens/identity_preview.hpp"

#include <algorithm>

#include "ui/preview_view.hpp"
#include "ui/widgets/basic.hpp"

namespace kiosk::ui {
namespace {

constexpr float kCardAspect = 1.586f;  // ID-1: 85.6 × 54 mm
constexpr float kGuideShare = 0.8f;    // of the picture: room around the card to aim
// Over any camera picture, whatever the theme: white lines with a dark edge, dimmed outside.
const ImU32 kGuideLine = IM_COL32(255, 255, 255, 255);
const ImU32 kGuideEdge = IM_COL32(0, 0, 0, 200);
const ImU32 kDim = IM_COL32(0, 0, 0, 110);
const ImU32 kLabelBack = IM_COL32(0, 0, 0, 190);

// The card-shaped frame the citizen fits the card into, and its label above it.
void cardGuide(UiContext& ctx, ImVec2 at, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float guideW = std::min(size.x * kGuideShare, size.y * kGuideShare * kCardAspect);
    const float guideH = guideW / kCardAspect;
    const ImVec2 min(at.x + (size.x - guideW) * 0.5f, at.y + (size.y - guideH) * 0.5f);
    const ImVec2 max(min.x + guideW, min.y + guideH);
    const ImVec2 end(at.x + size.x, at.y + size.y);
    draw->AddRectFilled(at, ImVec2(end.x, min.y), kDim);
    draw->AddRectFilled(ImVec2(at.x, max.y), end, kDim);
    draw->AddRectFilled(ImVec2(at.x, min.y), ImVec2(min.x, max.y), kDim);
    draw->AddRectFilled(ImVec2(max.x, min.y), ImVec2(end.x, max.y), kDim);
    const float line = std::max(2.0f, ctx.theme.px(0.12f));
    const float rounding = guideH * 0.06f;
    draw->AddRect(min, max, kGuideEdge, rounding, 0, line * 2.5f);
    draw->AddRect(min, max, kGuideLine, rounding, 0, line);

    const std::string label = ctx.t("identity.scan.guide");
    ImFont* font = ctx.fonts.bold;
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label.c_str());
    const float pad = ctx.theme.px(0.25f);
    const ImVec2 textAt(at.x + (size.x - text.x) * 0.5f, std::max(at.y + pad, min.y - text.y - pad * 2.0f));
    draw->AddRectFilled(ImVec2(textAt.x - pad, textAt.y - pad * 0.5f),
                        ImVec2(textAt.x + text.x + pad, textAt.y + text.y + pad * 0.5f), kLabelBack, pad);
    draw->AddText(font, font->FontSize, textAt, IM_COL32(255, 255, 255, 255), label.c_str());
    ctx.registry.addSpoken(label);
}

}  // namespace

void livePreview(UiContext& ctx, capture::PreviewStream& stream, int side, float width) {
    const PreviewView::Shown shown = ctx.preview->show(stream, side);
    if (shown.error) {
        paragraph(ctx, shown.error->message, "identity.scan.preview_error");
        return;
    }
    const bool framed = shown.texture != nullptr && shown.size.x > 0 && shown.size.y > 0;
    const float height = framed ? width * shown.size.y / shown.size.x : width * 0.75f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, height);
    if (framed) {
        ImGui::Image(shown.texture, size);
    } else {
        ImGui::Dummy(size);
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + height), IM_COL32(40, 40, 40, 255),
                                                  ctx.theme.px(kRoundingEm));
    }
    cardGuide(ctx, at, size);
    if (!framed) {
        const std::string starting = ctx.t("identity.scan.camera_starting");
        ImFont* font = ctx.fonts.body;
        const ImVec2 text = font->CalcTextSizeA(font->FontSize, width, width, starting.c_str());
        ImGui::GetWindowDrawList()->AddText(font, font->FontSize,
                                            ImVec2(at.x + (width - text.x) * 0.5f, at.y + (height - text.y) * 0.5f),
                                            IM_COL32(255, 255, 255, 255), starting.c_str(), nullptr, width);
    }
    const std::string label = framed ? ctx.t("identity.scan.guide") : ctx.t("identity.scan.camera_starting");
    ctx.registry.add(WidgetInfo{"identity.scan.preview", WidgetKind::Image, label, at,
                                ImVec2(at.x + width, at.y + height), ImGui::GetWindowDrawList()->GetClipRectMin(),
                                ImGui::GetWindowDrawList()->GetClipRectMax()});
}

}  // namespace kiosk::ui

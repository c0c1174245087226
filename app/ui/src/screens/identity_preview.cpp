#include "screens/identity_preview.hpp"

#include <algorithm>

#include "kiosk/capture/identity_scan.hpp"
#include "preview_view.hpp"
#include "widgets/basic.hpp"

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

ImU32 colour(const ImVec4& c, float alpha = 1.0f) {
    return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha));
}

// A drawing of the card side to hold up: the front with its portrait and lines of text, the
// back with the chip-less MRZ band, so an elderly citizen sees which way round to show it.
void cardPicture(UiContext& ctx, int side, float maxWidth) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, maxWidth);
    const float height = width / 1.586f;  // ID-1 card proportions
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + width, at.y + height);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto& c = ctx.colours();
    draw->AddRectFilled(at, end, colour(c.panel), ctx.theme.px(0.6f));
    draw->AddRect(at, end, colour(c.border), ctx.theme.px(0.6f), 0, ctx.theme.px(kBorderEm));
    const auto box = [&](float x0, float y0, float x1, float y1, const ImVec4& tone, float alpha) {
        draw->AddRectFilled(ImVec2(at.x + width * x0, at.y + height * y0),
                            ImVec2(at.x + width * x1, at.y + height * y1), colour(tone, alpha),
                            ctx.theme.px(0.1f));
    };
    if (side == 0) {
        box(0.05f, 0.28f, 0.30f, 0.80f, c.mutedText, 0.45f);  // portrait
        box(0.36f, 0.08f, 0.95f, 0.16f, c.primary, 0.8f);      // title band
        for (int line = 0; line < 5; ++line) {
            const float y = 0.30f + 0.11f * static_cast<float>(line);
            box(0.36f, y, line % 2 ? 0.78f : 0.92f, y + 0.05f, c.text, 0.55f);
        }
        box(0.05f, 0.06f, 0.22f, 0.24f, c.text, 0.8f);  // QR code
    } else {
        box(0.06f, 0.10f, 0.50f, 0.16f, c.text, 0.45f);
        box(0.06f, 0.22f, 0.40f, 0.28f, c.text, 0.45f);
        for (int line = 0; line < 3; ++line) {  // the machine-readable zone
            const float y = 0.62f + 0.11f * static_cast<float>(line);
            box(0.05f, y, 0.95f, y + 0.07f, c.text, 0.8f);
        }
    }
    const std::string label = ctx.t(side == 0 ? "identity.scan.side_front" : "identity.scan.side_back");
    ctx.registry.add(WidgetInfo{"identity.scan.picture", WidgetKind::Image, label, at, end,
                                ImGui::GetWindowDrawList()->GetClipRectMin(),
                                ImGui::GetWindowDrawList()->GetClipRectMax()});
    ImGui::Dummy(ImVec2(width, height));
    mutedText(ctx, label);
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

void sidePictures(UiContext& ctx, capture::IdentityScan& scan) {
    const int side = scan.side();
    capture::PreviewStream* stream = scan.preview();
    if (!stream || !ctx.preview || !ctx.preview->available()) {
        cardPicture(ctx, side, ctx.theme.px(14.0f));
        return;
    }
    const float room = ImGui::GetContentRegionAvail().x;
    const float gap = ctx.theme.px(0.8f);
    const float previewWidth = std::min(room, ctx.theme.px(20.0f));
    const bool beside = room - previewWidth - gap >= ctx.theme.px(7.0f);
    ImGui::BeginGroup();
    livePreview(ctx, *stream, side, previewWidth);
    ImGui::EndGroup();
    if (beside) ImGui::SameLine(0.0f, gap);
    ImGui::BeginGroup();
    cardPicture(ctx, side, beside ? std::min(ctx.theme.px(10.0f), room - previewWidth - gap) : ctx.theme.px(10.0f));
    ImGui::EndGroup();
}

}  // namespace kiosk::ui

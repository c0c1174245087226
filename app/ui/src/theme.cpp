#include "kiosk/ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

ImVec4 rgb(int hex) {
    return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
                  static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(hex & 0xFF) / 255.0f, 1.0f);
}

// Dark text on white, a deep blue for the main action; errors in a red that still reads as
// text. Ratios are checked by tests/ui/headless/theme_contrast_test.cpp.
const Palette kNormal{
    .background = rgb(0xFFFFFF), .panel = rgb(0xEEF2F7), .text = rgb(0x0B0C0C),
    .mutedText = rgb(0x3F4650), .primary = rgb(0x0B4F9C), .onPrimary = rgb(0xFFFFFF),
    .secondary = rgb(0xDDE6F1), .onSecondary = rgb(0x0B2545), .selected = rgb(0x0B4F9C),
    .onSelected = rgb(0xFFFFFF), .border = rgb(0x505A66), .error = rgb(0xB3141D),
    .success = rgb(0x00703C), .focus = rgb(0xFFBF47), .disabled = rgb(0x5F6670),
};

// Black and white with yellow for actions: every pair is far above 7:1.
const Palette kHighContrast{
    .background = rgb(0x000000), .panel = rgb(0x1A1A1A), .text = rgb(0xFFFFFF),
    .mutedText = rgb(0xE6E6E6), .primary = rgb(0xFFE000), .onPrimary = rgb(0x000000),
    .secondary = rgb(0x000000), .onSecondary = rgb(0xFFFFFF), .selected = rgb(0xFFE000),
    .onSelected = rgb(0x000000), .border = rgb(0xFFFFFF), .error = rgb(0xFF9E9E),
    .success = rgb(0x7CFC9A), .focus = rgb(0x00E5FF), .disabled = rgb(0xBDBDBD),
};

float channel(float c) {
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

float luminance(const ImVec4& c) {
    return 0.2126f * channel(c.x) + 0.7152f * channel(c.y) + 0.0722f * channel(c.z);
}

}  // namespace

const Palette& palette(bool highContrast) { return highContrast ? kHighContrast : kNormal; }

std::vector<TextPair> textPairs(const Palette& p) {
    return {
        {"body text", p.text, p.background},
        {"text in a panel or the toolbar", p.text, p.panel},
        {"muted text", p.mutedText, p.background},
        {"muted text in a panel", p.mutedText, p.panel},
        {"main action, shift and caps on", p.onPrimary, p.primary},
        {"other buttons and keys", p.onSecondary, p.secondary},
        {"a pressed button or key", p.onSelected, p.selected},
        {"link text (Sửa, error summary)", p.primary, p.background},
        {"link text in a panel", p.primary, p.panel},
        {"inline error", p.error, p.background},
        {"error in the summary panel", p.error, p.panel},
        {"disabled button", p.disabled, p.panel},
        {"text box, placeholder", p.mutedText, p.background},
    };
}

float contrastRatio(const ImVec4& a, const ImVec4& b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

float fontPixels(ImVec2 display, float fontSizePx, float textScale) {
    // Scale with the short side: a portrait 1080x1920 panel has the same pixel density as a
    // landscape one, so it gets the same font, not one 1.8 times larger.
    const float scale = std::min(display.x, display.y) / kReferenceHeightPx;
    return std::round(std::max(fontSizePx, kMinFontPx) * scale * std::max(textScale, 1.0f));
}

Theme makeTheme(ImVec2 display, float fontPx, float textScale, bool highContrast) {
    Theme theme;
    theme.em = fontPx / kReadingRamp;
    theme.textScale = std::max(textScale, 1.0f);
    theme.display = display;
    theme.portrait = display.y > display.x;
    theme.highContrast = highContrast;
    theme.colours = &palette(highContrast);
    return theme;
}

void applyStyle(const Theme& theme) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    const Palette& c = *theme.colours;
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FramePadding = ImVec2(theme.px(0.6f), theme.px(0.4f));
    style.ItemSpacing = ImVec2(theme.gap(), theme.gap());
    style.ItemInnerSpacing = ImVec2(theme.gap(), theme.gap());
    style.FrameRounding = theme.px(kRoundingEm);
    style.ScrollbarSize = theme.px(kScrollbarEm);
    style.ScrollbarRounding = theme.px(kRoundingEm);
    style.GrabMinSize = theme.px(2.0f);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.AntiAliasedFill = true;
    style.Colors[ImGuiCol_WindowBg] = c.background;
    style.Colors[ImGuiCol_ChildBg] = c.background;
    style.Colors[ImGuiCol_PopupBg] = c.background;
    style.Colors[ImGuiCol_Text] = c.text;
    style.Colors[ImGuiCol_TextDisabled] = c.disabled;
    style.Colors[ImGuiCol_Border] = c.border;
    style.Colors[ImGuiCol_ScrollbarBg] = c.panel;
    style.Colors[ImGuiCol_ScrollbarGrab] = c.border;
    style.Colors[ImGuiCol_ScrollbarGrabHovered] = c.border;
    style.Colors[ImGuiCol_ScrollbarGrabActive] = c.text;
    ImGui::GetStyle() = style;
}

}  // namespace kiosk::ui

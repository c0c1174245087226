#pragma once
// Every size and colour the kiosk draws with. Sizes are in layout em, a fixed fraction of the
// body font size, so the large-text switch and the window size rescale everything through one
// number. The type ramp sits kReadingRamp above the layout: text is drawn large enough for older
// eyes (capitals 22 px at 1080p) without every button, gap and key growing with it.
#include <algorithm>
#include <vector>

#include <imgui.h>

namespace kiosk::ui {

// The body font (its line height) is never below kMinFontPx at 1080p: Noto Sans capitals are
// 0.524 of it, so 42 px draws capitals 22 px tall. Headings are kTitleScale larger (capitals
// 32 px). The layout em is the body font / kReadingRamp (30 px at 1080p).
inline constexpr float kMinFontPx = 42.0f;
inline constexpr float kReadingRamp = 1.4f;
// Sizes in em. A touch target of kTouchEm is at least 64 px high at 1080p (30 × 2.3 = 69).
inline constexpr float kTouchEm = 2.3f;
inline constexpr float kGapEm = 0.5f;
inline constexpr float kMarginEm = 1.0f;       // screen edge to content
inline constexpr float kReadableEm = 34.0f;    // longest comfortable line of text
inline constexpr float kTitleScale = 1.45f;    // heading font relative to body
inline constexpr float kRoundingEm = 0.25f;
inline constexpr float kBorderEm = 0.1f;
inline constexpr float kScrollbarEm = 1.2f;    // wide enough to drag with a finger
inline constexpr float kKeyGapEm = 0.25f;
// A key is a touch target too, but only just (64.5 px at 1080p): the keyboard's rows then leave
// room above them for a catalogue search's results at reading size.
inline constexpr float kKeyEm = 2.15f;
inline constexpr float kSignatureEm = 7.0f;    // signature pad height
inline constexpr float kQrEm = 9.0f;           // receipt QR code side

// The reference display the pixel figures in design.md are given for.
inline constexpr float kReferenceHeightPx = 1080.0f;

struct Palette {
    ImVec4 background, panel, text, mutedText;
    ImVec4 primary, onPrimary;      // the one main action on a screen
    ImVec4 secondary, onSecondary;  // other buttons
    ImVec4 selected, onSelected;    // a chosen option
    ImVec4 border, error, success, focus, disabled;
};

// The normal palette (text contrast ≥ 4.5:1) or the high-contrast one (≥ 7:1).
const Palette& palette(bool highContrast);

// A text colour and the background the widgets draw it on.
struct TextPair {
    const char* use;  // where it is drawn, for test messages
    ImVec4 text, background;
};

// Every text-on-background pair the widgets draw with this palette (tests check their contrast).
std::vector<TextPair> textPairs(const Palette& p);

// WCAG 2.x contrast ratio between two opaque colours (1 to 21).
float contrastRatio(const ImVec4& a, const ImVec4& b);

// Body font size in pixels for a display: font_size_px at 1080 on the short side, times the
// text scale, never below kMinFontPx × the display scale.
float fontPixels(ImVec2 display, float fontSizePx, float textScale);

struct Theme {
    float em = 30.0f;         // the layout em in px: the body font size / kReadingRamp
    ImVec2 display{1920, 1080};
    bool portrait = false;    // taller than wide: columns stack
    bool highContrast = false;
    float textScale = 1.0f;   // the large-text factor already in `em`
    const Palette* colours = &palette(false);

    float px(float ems) const { return ems * em; }
    float touch() const { return px(kTouchEm); }
    // The keyboards and the toolbar keep their size with large text (they would push the
    // question and the search results off the screen): they are sized in the unscaled em, and
    // their labels stay at the default reading size (capitals of 22 px at 1080p).
    float keyPx(float ems) const { return ems * em / textScale; }
    float keyHeight() const { return keyPx(kKeyEm); }
    float gap() const { return px(kGapEm); }
    float margin() const { return px(kMarginEm); }
};

// `fontPx` is the body font size the fonts were built at (fontPixels).
Theme makeTheme(ImVec2 display, float fontPx, float textScale, bool highContrast);

// Sets ImGui's style (padding, rounding, scrollbar, colours) from the theme.
void applyStyle(const Theme& theme);

}  // namespace kiosk::ui

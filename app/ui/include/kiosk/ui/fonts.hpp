#pragma once
// Noto Sans (Regular, Bold) with every Vietnamese glyph, rasterised by ImGui's FreeType builder.
#include <filesystem>

#include <imgui.h>

namespace kiosk::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;  // bold, kTitleScale × body
    float pixels = 0.0f;      // the body size they were built for; 0 before the first build
    bool fromNoto = false;    // false when the Noto files were missing (ImGui's default font)
};

// Where Debian's fonts-noto-core puts Noto Sans.
std::filesystem::path defaultFontDir();

// Clears ImGui's atlas and adds the kiosk's fonts at `pixels`; the renderer uploads it.
Fonts buildFonts(float pixels, const std::filesystem::path& fontDir = defaultFontDir());

}  // namespace kiosk::ui

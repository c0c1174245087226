#include "kiosk/ui/fonts.hpp"

#include <imgui_freetype.h>

#include <cmath>

#include "kiosk/ui/theme.hpp"

namespace kiosk::ui {
namespace {

// Vietnamese (which includes Basic Latin and Latin-1) plus the few symbols the locales use:
// dashes, curly and angle quotes, ellipsis, bullet, arrows, the đồng sign.
const ImWchar* glyphRanges() {
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesVietnamese());
        static const ImWchar extra[] = {0x0100, 0x017F, 0x2010, 0x203A, 0x2190, 0x2193, 0x20AB,
                                        0x20AB, 0};
        builder.AddRanges(extra);
        builder.BuildRanges(&ranges);
    }
    return ranges.Data;
}

}  // namespace

std::filesystem::path defaultFontDir() { return "/usr/share/fonts/truetype/noto"; }

Fonts buildFonts(float pixels, const std::filesystem::path& fontDir) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

    Fonts fonts;
    fonts.pixels = pixels;
    const auto regular = (fontDir / "NotoSans-Regular.ttf").string();
    const auto bold = (fontDir / "NotoSans-Bold.ttf").string();
    std::error_code ec;
    if (std::filesystem::exists(regular, ec) && std::filesystem::exists(bold, ec)) {
        ImFontConfig config;
        config.PixelSnapH = true;
        fonts.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), pixels, &config, glyphRanges());
        fonts.bold = io.Fonts->AddFontFromFileTTF(bold.c_str(), pixels, &config, glyphRanges());
        fonts.title = io.Fonts->AddFontFromFileTTF(bold.c_str(), std::round(pixels * kTitleScale),
                                                   &config, glyphRanges());
        fonts.fromNoto = fonts.body != nullptr && fonts.bold != nullptr && fonts.title != nullptr;
    }
    if (!fonts.fromNoto) {
        // Without Noto the kiosk still runs (Latin only) so staff can see that it is broken.
        io.Fonts->Clear();
        ImFontConfig config;
        config.SizePixels = pixels;
        fonts.body = fonts.bold = fonts.title = io.Fonts->AddFontDefault(&config);
    }
    io.FontDefault = fonts.body;
    return fonts;
}

}  // namespace kiosk::ui

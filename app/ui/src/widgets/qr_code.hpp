#pragma once
// QR codes drawn as filled squares (libqrencode builds the matrix).
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

struct QrMatrix {
    int size = 0;                // modules per side; 0 when encoding failed
    std::vector<bool> dark;      // row-major, size × size
    bool at(int x, int y) const {
        return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)];
    }
};

// The QR matrix for `text` (byte mode, error correction M).
QrMatrix encodeQr(std::string_view text);

// Draws the code for `text`, `side` px square with a white quiet zone; registered under `id`
// as an image whose label is the encoded text.
void qrCode(UiContext& ctx, std::string_view id, const std::string& text, float side);

}  // namespace kiosk::ui

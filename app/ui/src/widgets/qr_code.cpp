#include "widgets/qr_code.hpp"

#include <memory>

#include <qrencode.h>

#include "widgets/record.hpp"

namespace kiosk::ui {

QrMatrix encodeQr(std::string_view text) {
    const std::string copy(text);
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    QrMatrix m;
    if (!code) return m;
    m.size = code->width;
    m.dark.resize(static_cast<size_t>(m.size * m.size));
    for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = (code->data[i] & 1) != 0;
    return m;
}

void qrCode(UiContext& ctx, std::string_view id, const std::string& text, float side) {
    const QrMatrix m = encodeQr(text);
    ImGui::Dummy(ImVec2(side, side));
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Phones read dark on light only, so the code stays black on white in high contrast too.
    dl->AddRectFilled(min, ImVec2(min.x + side, min.y + side), IM_COL32_WHITE);
    if (m.size > 0) {
        constexpr int kQuiet = 4;  // modules of white border the standard asks for
        const float module = side / static_cast<float>(m.size + 2 * kQuiet);
        for (int y = 0; y < m.size; ++y) {
            for (int x = 0; x < m.size; ++x) {
                if (!m.at(x, y)) continue;
                const ImVec2 a(min.x + static_cast<float>(x + kQuiet) * module,
                               min.y + static_cast<float>(y + kQuiet) * module);
                dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32_BLACK);
            }
        }
    }
    record(ctx, id, WidgetKind::Image, text, min, ImVec2(min.x + side, min.y + side));
}

}  // namespace kiosk::ui

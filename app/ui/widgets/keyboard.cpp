#include "ui/widgets/keyboard.hpp"

#include <algorithm>
#include <vector>

#include "ui/widgets/basic.hpp"

namespace kiosk::ui {
namespace {

struct KeyDef {
    const char* id;     // "kbd.<id>"
    const char* lower;  // label and text
    const char* upper;
    float units = 1.0f;
    KeyPress::Kind kind = KeyPress::Kind::Text;
    Tone tone = Tone::Sac;
};

using Row = std::vector<KeyDef>;
constexpr auto kText = KeyPress::Kind::Text;
constexpr auto kTone = KeyPress::Kind::Tone;
constexpr float kUnitsPerRow = 12.0f;
const char* const kShiftId = "shift";

const std::vector<Row>& textRows() {
    static const std::vector<Row> rows{
        {{"1", "1", "1"}, {"2", "2", "2"}, {"3", "3", "3"}, {"4", "4", "4"}, {"5", "5", "5"},
         {"6", "6", "6"}, {"7", "7", "7"}, {"8", "8", "8"}, {"9", "9", "9"}, {"0", "0", "0"},
         {"backspace", "", "", 2.0f, KeyPress::Kind::Backspace}},
        {{"q", "q", "Q"}, {"w", "w", "W"}, {"e", "e", "E"}, {"r", "r", "R"}, {"t", "t", "T"},
         {"y", "y", "Y"}, {"u", "u", "U"}, {"i", "i", "I"}, {"o", "o", "O"}, {"p", "p", "P"},
         {"đ", "đ", "Đ"}, {"comma", ",", ","}},
        {{"a", "a", "A"}, {"s", "s", "S"}, {"d", "d", "D"}, {"f", "f", "F"}, {"g", "g", "G"},
         {"h", "h", "H"}, {"j", "j", "J"}, {"k", "k", "K"}, {"l", "l", "L"}, {"ă", "ă", "Ă"},
         {"â", "â", "Â"}, {"period", ".", "."}},
        {{kShiftId, "", "", 1.0f}, {"z", "z", "Z"}, {"x", "x", "X"}, {"c", "c", "C"},
         {"v", "v", "V"}, {"b", "b", "B"}, {"n", "n", "N"}, {"m", "m", "M"}, {"ê", "ê", "Ê"},
         {"ô", "ô", "Ô"}, {"ơ", "ơ", "Ơ"}, {"ư", "ư", "Ư"}},
        {{"tone.sac", "á", "á", 1.4f, kTone, Tone::Sac},
         {"tone.huyen", "à", "à", 1.4f, kTone, Tone::Huyen},
         {"tone.hoi", "ả", "ả", 1.4f, kTone, Tone::Hoi},
         {"tone.nga", "ã", "ã", 1.4f, kTone, Tone::Nga},
         {"tone.nang", "ạ", "ạ", 1.4f, kTone, Tone::Nang}, {"hyphen", "-", "-"},
         {"slash", "/", "/"}, {"apostrophe", "'", "'"}},
        {{"space", " ", " ", 8.0f, KeyPress::Kind::Space},
         {"done", "", "", 4.0f, KeyPress::Kind::Done}},
    };
    return rows;
}

const std::vector<Row>& numericRows() {
    static const std::vector<Row> rows{
        {{"1", "1", "1"}, {"2", "2", "2"}, {"3", "3", "3"}},
        {{"4", "4", "4"}, {"5", "5", "5"}, {"6", "6", "6"}},
        {{"7", "7", "7"}, {"8", "8", "8"}, {"9", "9", "9"}},
        {{"backspace", "", "", 1.0f, KeyPress::Kind::Backspace}, {"0", "0", "0"},
         {"done", "", "", 1.0f, KeyPress::Kind::Done}},
    };
    return rows;
}

}  // namespace

std::optional<KeyPress> drawKeyboard(UiContext& ctx, InputKind kind, const Rect& area) {
    const Theme& th = ctx.theme;
    const bool text = kind == InputKind::Text;
    const auto& rows = text ? textRows() : numericRows();
    const float units = text ? kUnitsPerRow : 3.0f;
    const float keyGap = th.px(kKeyGapEm);
    const float maxUnit = text ? th.px(3.6f) : th.px(5.0f);
    const float unit = std::min(maxUnit, (area.width() - 2 * th.margin() - (units - 1) * keyGap) / units);
    const float rowWidth = units * unit + (units - 1) * keyGap;
    const float left = area.min.x + (area.width() - rowWidth) * 0.5f;

    ImGui::GetWindowDrawList()->AddRectFilled(area.min, area.max,
                                              ImGui::GetColorU32(ctx.colours().panel));
    std::optional<KeyPress> pressed;
    float y = area.min.y + th.gap();
    for (const Row& row : rows) {
        float x = left;
        for (const KeyDef& key : row) {
            const float w = key.units * unit + (key.units - 1.0f) * keyGap;
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            const bool isShift = std::string_view(key.id) == kShiftId;
            std::string label = ctx.state.shift ? key.upper : key.lower;
            if (key.kind == KeyPress::Kind::Done) label = ctx.t("keyboard.done");
            if (key.kind == KeyPress::Kind::Space) label = ctx.t("keyboard.space");
            if (key.kind == KeyPress::Kind::Backspace) label = ctx.t("keyboard.backspace");
            if (isShift) label = ctx.t("keyboard.shift");
            const auto style = key.kind == KeyPress::Kind::Done || (isShift && ctx.state.shift)
                                   ? ButtonStyle::Primary
                                   : ButtonStyle::Key;
            if (button(ctx, std::string("kbd.") + key.id, label, style, w)) {
                if (isShift) {
                    ctx.state.shift = !ctx.state.shift;
                } else {
                    KeyPress press{key.kind, label, key.tone};
                    if (key.kind == KeyPress::Kind::Text) ctx.state.shift = false;
                    pressed = press;
                }
            }
            x += w + keyGap;
        }
        y += th.touch() + keyGap;
    }
    return pressed;
}

}  // namespace kiosk::ui

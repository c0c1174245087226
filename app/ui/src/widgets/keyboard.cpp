#include "kiosk/ui/widgets/keyboard.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

using Kind = KeyPress::Kind;

struct KeyDef {
    const char* id;     // "kbd.<id>"
    const char* lower;  // label and text (special keys take their words from the locale)
    const char* upper;
    float units = 1.0f;
    Kind kind = Kind::Text;
    ime::Tone tone = ime::Tone::None;
};

using Row = std::vector<KeyDef>;
constexpr float kUnitsPerRow = 12.0f;
constexpr float kSpecialLetterUnits = kUnitsPerRow / 7.0f;
constexpr float kToneUnits = kUnitsPerRow / 5.0f;
const char* const kShiftId = "shift";
const char* const kCapsId = "caps";

KeyDef special(const char* id, float units, Kind kind) { return KeyDef{id, "", "", units, kind}; }

KeyDef tone(const char* id, const char* label, ime::Tone t) {
    return KeyDef{id, label, label, kToneUnits, Kind::Tone, t};
}

KeyDef letter(const char* lower, const char* upper, float units = 1.0f) {
    return KeyDef{lower, lower, upper, units};
}

// The rows every letter keyboard has: digits, the Latin letters, and at the bottom clear, space
// and done.
Row digitRow() {
    return {letter("1", "1"),
            letter("2", "2"),
            letter("3", "3"),
            letter("4", "4"),
            letter("5", "5"),
            letter("6", "6"),
            letter("7", "7"),
            letter("8", "8"),
            letter("9", "9"),
            letter("0", "0"),
            special("backspace", 2.0f, Kind::Backspace)};
}

std::vector<Row> latinRows() {
    return {
        {letter("q", "Q"), letter("w", "W"), letter("e", "E"), letter("r", "R"), letter("t", "T"), letter("y", "Y"),
         letter("u", "U"), letter("i", "I"), letter("o", "O"), letter("p", "P"), KeyDef{"hyphen", "-", "-"},
         KeyDef{"apostrophe", "'", "'"}},
        {letter("a", "A"), letter("s", "S"), letter("d", "D"), letter("f", "F"), letter("g", "G"), letter("h", "H"),
         letter("j", "J"), letter("k", "K"), letter("l", "L"), KeyDef{"comma", ",", ","}, KeyDef{"period", ".", "."},
         KeyDef{"slash", "/", "/"}},
        {special(kShiftId, 1.5f, Kind::Text), letter("z", "Z"), letter("x", "X"), letter("c", "C"), letter("v", "V"),
         letter("b", "B"), letter("n", "N"), letter("m", "M"), KeyDef{"at", "@", "@"},
         special(kCapsId, 2.5f, Kind::Text)},
    };
}

Row bottomRow() {
    return {special("clear", 2.0f, Kind::Clear), special("space", 7.0f, Kind::Space),
            special("done", 3.0f, Kind::Done)};
}

// Vietnamese words: the Latin rows plus the letters with marks and the five tones.
const std::vector<Row>& textRows() {
    static const std::vector<Row> rows = [] {
        std::vector<Row> r{digitRow()};
        for (Row& latin : latinRows()) r.push_back(std::move(latin));
        r.push_back({letter("â", "Â", kSpecialLetterUnits), letter("ă", "Ă", kSpecialLetterUnits),
                     letter("ê", "Ê", kSpecialLetterUnits), letter("ô", "Ô", kSpecialLetterUnits),
                     letter("ơ", "Ơ", kSpecialLetterUnits), letter("ư", "Ư", kSpecialLetterUnits),
                     letter("đ", "Đ", kSpecialLetterUnits)});
        r.push_back({tone("tone.sac", "á", ime::Tone::Sac), tone("tone.huyen", "à", ime::Tone::Huyen),
                     tone("tone.hoi", "ả", ime::Tone::Hoi), tone("tone.nga", "ã", ime::Tone::Nga),
                     tone("tone.nang", "ạ", ime::Tone::Nang)});
        r.push_back(bottomRow());
        return r;
    }();
    return rows;
}

// Codes, e-mail addresses and a search that ignores marks: no marks and no tones, so two rows
// fewer and more of the page stays above the keyboard.
const std::vector<Row>& plainRows() {
    static const std::vector<Row> rows = [] {
        std::vector<Row> r{digitRow()};
        for (Row& latin : latinRows()) r.push_back(std::move(latin));
        r.push_back(bottomRow());
        return r;
    }();
    return rows;
}

const std::vector<Row>& numericRows() {
    static const std::vector<Row> rows{
        {letter("1", "1"), letter("2", "2"), letter("3", "3")},
        {letter("4", "4"), letter("5", "5"), letter("6", "6")},
        {letter("7", "7"), letter("8", "8"), letter("9", "9")},
        {special("backspace", 1.0f, Kind::Backspace), letter("0", "0"),
         special("clear", 1.0f, Kind::Clear)},
        {special("done", 3.0f, Kind::Done)},
    };
    return rows;
}

const std::vector<Row>& rowsFor(InputKind kind) {
    if (kind == InputKind::Text) return textRows();
    return kind == InputKind::Plain ? plainRows() : numericRows();
}

// The words on the keys that type no letter; nullopt for a letter or a tone.
std::optional<std::string> specialLabel(const UiContext& ctx, std::string_view id) {
    if (id == "backspace") return ctx.t("keyboard.backspace");
    if (id == "clear") return ctx.t("keyboard.clear");
    if (id == "space") return ctx.t("keyboard.space");
    if (id == "done") return ctx.t("keyboard.done");
    if (id == kShiftId) return ctx.t("keyboard.shift");
    if (id == kCapsId) return ctx.t("keyboard.caps");
    return std::nullopt;
}

}  // namespace

float keyboardHeight(const Theme& th, InputKind kind) {
    const auto rows = static_cast<float>(rowsFor(kind).size());
    return rows * th.keyHeight() + (rows - 1.0f) * th.keyPx(kKeyGapEm) + 2 * th.keyPx(kGapEm);
}

std::optional<KeyPress> drawKeyboard(UiContext& ctx, InputKind kind, const Rect& area) {
    const Theme& th = ctx.theme;
    const bool text = usesLetters(kind);
    const float units = text ? kUnitsPerRow : 3.0f;
    const float keyGap = th.keyPx(kKeyGapEm);
    const float maxUnit = text ? th.keyPx(3.6f) : th.keyPx(6.0f);
    const float unit = std::min(maxUnit, (area.width() - 2 * th.keyPx(kMarginEm) - (units - 1) * keyGap) / units);
    const float rowWidth = units * unit + (units - 1) * keyGap;
    const float left = area.min.x + (area.width() - rowWidth) * 0.5f;
    UiState& state = ctx.state;
    const bool upper = state.shift || state.caps;

    ImGui::GetWindowDrawList()->AddRectFilled(area.min, area.max, ImGui::GetColorU32(ctx.colours().panel));
    std::optional<KeyPress> pressed;
    float y = area.min.y + th.keyPx(kGapEm);
    for (const Row& row : rowsFor(kind)) {
        float x = left;
        for (const KeyDef& key : row) {
            const float w = key.units * unit + (key.units - 1.0f) * keyGap;
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            const std::string_view id(key.id);
            const bool lit = key.kind == Kind::Done || (id == kShiftId && state.shift) ||
                             (id == kCapsId && state.caps);
            const std::string label = specialLabel(ctx, id).value_or(upper ? key.upper : key.lower);
            if (button(ctx, std::string("kbd.") + key.id, label, lit ? ButtonStyle::KeyOn : ButtonStyle::Key, w)) {
                if (id == kShiftId) {
                    state.shift = !state.shift;
                } else if (id == kCapsId) {
                    state.caps = !state.caps;
                    state.shift = false;
                } else {
                    pressed = KeyPress{key.kind, key.kind == Kind::Text ? label : std::string(), key.tone};
                    if (key.kind == Kind::Text) state.shift = false;
                }
            }
            x += w + keyGap;
        }
        y += th.keyHeight() + keyGap;
    }
    return pressed;
}

}  // namespace kiosk::ui

#include "kiosk/ime/letters.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace kiosk::ime {
namespace {

// One row per vowel letter: the bare letter, then the tones in Tone order (sắc huyền hỏi ngã nặng).
struct VowelRow {
    char base;
    Mark mark;
    const char* lower;
    const char* upper;
};

constexpr std::array<VowelRow, 12> kVowels = {{
    {'a', Mark::None, "aáàảãạ", "AÁÀẢÃẠ"},
    {'a', Mark::Breve, "ăắằẳẵặ", "ĂẮẰẲẴẶ"},
    {'a', Mark::Hat, "âấầẩẫậ", "ÂẤẦẨẪẬ"},
    {'e', Mark::None, "eéèẻẽẹ", "EÉÈẺẼẸ"},
    {'e', Mark::Hat, "êếềểễệ", "ÊẾỀỂỄỆ"},
    {'i', Mark::None, "iíìỉĩị", "IÍÌỈĨỊ"},
    {'o', Mark::None, "oóòỏõọ", "OÓÒỎÕỌ"},
    {'o', Mark::Hat, "ôốồổỗộ", "ÔỐỒỔỖỘ"},
    {'o', Mark::Horn, "ơớờởỡợ", "ƠỚỜỞỠỢ"},
    {'u', Mark::None, "uúùủũụ", "UÚÙỦŨỤ"},
    {'u', Mark::Horn, "ưứừửữự", "ƯỨỪỬỮỰ"},
    {'y', Mark::None, "yýỳỷỹỵ", "YÝỲỶỸỴ"},
}};

constexpr char32_t kSmallDStroke = 0x0111;  // đ
constexpr char32_t kCapitalDStroke = 0x0110;  // Đ

struct Entry {
    char32_t codepoint;
    ToneLetter letter;
};

// Decoded once: the 144 precomposed vowels sorted by code point, for decodeLetter.
struct Tables {
    std::vector<Entry> byCodepoint;
    // [row][tone][upper]
    std::array<std::array<std::array<char32_t, 2>, 6>, kVowels.size()> encoded{};
};

const Tables& tables() {
    static const Tables t = [] {
        Tables built;
        for (size_t row = 0; row < kVowels.size(); ++row) {
            for (int upper = 0; upper < 2; ++upper) {
                const std::string_view s = upper ? kVowels[row].upper : kVowels[row].lower;
                size_t pos = 0;
                for (size_t tone = 0; tone < 6; ++tone) {
                    const char32_t c = nextCodepoint(s, pos).value_or(U'?');
                    built.encoded[row][tone][static_cast<size_t>(upper)] = c;
                    Letter letter{kVowels[row].base, kVowels[row].mark, upper == 1, false};
                    built.byCodepoint.push_back({c, {letter, static_cast<Tone>(tone)}});
                }
            }
        }
        std::sort(built.byCodepoint.begin(), built.byCodepoint.end(),
                  [](const Entry& a, const Entry& b) { return a.codepoint < b.codepoint; });
        return built;
    }();
    return t;
}

}  // namespace

bool isVowelBase(char base) {
    return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y';
}

std::optional<ToneLetter> decodeLetter(char32_t c) {
    if (c >= U'a' && c <= U'z') return ToneLetter{{static_cast<char>(c), Mark::None, false, false}};
    if (c >= U'A' && c <= U'Z') {
        return ToneLetter{{static_cast<char>(c - U'A' + U'a'), Mark::None, true, false}};
    }
    if (c == kSmallDStroke) return ToneLetter{{'d', Mark::Stroke, false, false}};
    if (c == kCapitalDStroke) return ToneLetter{{'d', Mark::Stroke, true, false}};
    if (c < 0xC0) return std::nullopt;
    const auto& entries = tables().byCodepoint;
    const auto it = std::lower_bound(entries.begin(), entries.end(), c,
                                     [](const Entry& e, char32_t v) { return e.codepoint < v; });
    if (it == entries.end() || it->codepoint != c) return std::nullopt;
    // The bare a e i o u y rows are ASCII and were answered above; only marked forms reach here.
    return it->letter;
}

char32_t encodeLetter(const Letter& letter, Tone tone) {
    if (letter.base == 'd' && letter.mark == Mark::Stroke) {
        return letter.upper ? kCapitalDStroke : kSmallDStroke;
    }
    if (isVowelBase(letter.base)) {
        for (size_t row = 0; row < kVowels.size(); ++row) {
            if (kVowels[row].base == letter.base && kVowels[row].mark == letter.mark) {
                return tables().encoded[row][static_cast<size_t>(tone)][letter.upper ? 1 : 0];
            }
        }
    }
    const char c = letter.upper ? static_cast<char>(letter.base - 'a' + 'A') : letter.base;
    return static_cast<char32_t>(static_cast<unsigned char>(c));
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::optional<char32_t> nextCodepoint(std::string_view s, size_t& pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(pos);
    size_t length = 0;
    char32_t c = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if ((lead >> 5) == 0x6) {
        length = 2, c = lead & 0x1F, minimum = 0x80;
    } else if ((lead >> 4) == 0xE) {
        length = 3, c = lead & 0x0F, minimum = 0x800;
    } else if ((lead >> 3) == 0x1E) {
        length = 4, c = lead & 0x07, minimum = 0x10000;
    } else {
        ++pos;
        return std::nullopt;
    }
    if (pos + length > s.size()) {
        ++pos;
        return std::nullopt;
    }
    for (size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) {
            ++pos;
            return std::nullopt;
        }
        c = (c << 6) | (byte(pos + i) & 0x3F);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++pos;
        return std::nullopt;
    }
    pos += length;
    return c;
}

}  // namespace kiosk::ime

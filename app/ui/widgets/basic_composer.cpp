#include <array>
#include <optional>
#include <vector>

#include <utf8proc.h>

#include "base/text.hpp"
#include "ui/widgets/composer.hpp"

namespace kiosk::ui {
namespace {

// Each row: a vowel without tone, then sắc, huyền, hỏi, ngã, nặng; lower case then upper case.
constexpr std::array<std::array<char32_t, 6>, 24> kVowels{{
    {U'a', U'á', U'à', U'ả', U'ã', U'ạ'}, {U'ă', U'ắ', U'ằ', U'ẳ', U'ẵ', U'ặ'},
    {U'â', U'ấ', U'ầ', U'ẩ', U'ẫ', U'ậ'}, {U'e', U'é', U'è', U'ẻ', U'ẽ', U'ẹ'},
    {U'ê', U'ế', U'ề', U'ể', U'ễ', U'ệ'}, {U'i', U'í', U'ì', U'ỉ', U'ĩ', U'ị'},
    {U'o', U'ó', U'ò', U'ỏ', U'õ', U'ọ'}, {U'ô', U'ố', U'ồ', U'ổ', U'ỗ', U'ộ'},
    {U'ơ', U'ớ', U'ờ', U'ở', U'ỡ', U'ợ'}, {U'u', U'ú', U'ù', U'ủ', U'ũ', U'ụ'},
    {U'ư', U'ứ', U'ừ', U'ử', U'ữ', U'ự'}, {U'y', U'ý', U'ỳ', U'ỷ', U'ỹ', U'ỵ'},
    {U'A', U'Á', U'À', U'Ả', U'Ã', U'Ạ'}, {U'Ă', U'Ắ', U'Ằ', U'Ẳ', U'Ẵ', U'Ặ'},
    {U'Â', U'Ấ', U'Ầ', U'Ẩ', U'Ẫ', U'Ậ'}, {U'E', U'É', U'È', U'Ẻ', U'Ẽ', U'Ẹ'},
    {U'Ê', U'Ế', U'Ề', U'Ể', U'Ễ', U'Ệ'}, {U'I', U'Í', U'Ì', U'Ỉ', U'Ĩ', U'Ị'},
    {U'O', U'Ó', U'Ò', U'Ỏ', U'Õ', U'Ọ'}, {U'Ô', U'Ố', U'Ồ', U'Ổ', U'Ỗ', U'Ộ'},
    {U'Ơ', U'Ớ', U'Ờ', U'Ở', U'Ỡ', U'Ợ'}, {U'U', U'Ú', U'Ù', U'Ủ', U'Ũ', U'Ụ'},
    {U'Ư', U'Ứ', U'Ừ', U'Ử', U'Ữ', U'Ự'}, {U'Y', U'Ý', U'Ỳ', U'Ỷ', U'Ỹ', U'Ỵ'},
}};

struct VowelAt {
    size_t row = 0;
    size_t tone = 0;  // 0: none, 1..5 as Tone + 1
};

std::optional<VowelAt> findVowel(char32_t c) {
    for (size_t r = 0; r < kVowels.size(); ++r) {
        for (size_t t = 0; t < kVowels[r].size(); ++t) {
            if (kVowels[r][t] == c) return VowelAt{r, t};
        }
    }
    return std::nullopt;
}

bool hasMark(size_t row) {
    const char32_t base = kVowels[row][0];
    return base != U'a' && base != U'e' && base != U'i' && base != U'o' && base != U'u' &&
           base != U'y' && base != U'A' && base != U'E' && base != U'I' && base != U'O' &&
           base != U'U' && base != U'Y';
}

struct Decoded {
    char32_t c;
    size_t offset, length;
};

std::vector<Decoded> decodeLastWord(std::string_view s) {
    std::vector<Decoded> out;
    size_t pos = 0;
    while (pos < s.size()) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                        static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
        const size_t len = n > 0 ? static_cast<size_t>(n) : 1;
        if (n > 0 && cp == U' ') out.clear();
        else out.push_back(Decoded{n > 0 ? static_cast<char32_t>(cp) : U'\uFFFD', pos, len});
        pos += len;
    }
    return out;
}

std::string encode(char32_t c) {
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    return std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

std::string withTone(std::string_view current, Tone tone) {
    const auto word = decodeLastWord(current);
    std::optional<size_t> target;
    for (size_t i = word.size(); i-- > 0;) {
        const auto v = findVowel(word[i].c);
        if (!v) continue;
        if (!target) target = i;
        if (hasMark(v->row)) {
            target = i;
            break;
        }
    }
    if (!target) return std::string(current);
    const Decoded& d = word[*target];
    const VowelAt v = *findVowel(d.c);
    const size_t wanted = static_cast<size_t>(tone) + 1;
    const char32_t replaced = kVowels[v.row][v.tone == wanted ? 0 : wanted];
    std::string out(current.substr(0, d.offset));
    out += encode(replaced);
    out += current.substr(d.offset + d.length);
    return out;
}

class BasicComposer final : public Composer {
public:
    std::string apply(std::string_view current, const KeyPress& key) const override {
        switch (key.kind) {
            case KeyPress::Kind::Text: return text::toNfc(std::string(current) + key.text).text;
            case KeyPress::Kind::Space: return std::string(current) + " ";
            case KeyPress::Kind::Tone: return withTone(current, key.tone);
            case KeyPress::Kind::Backspace: {
                std::string out(current);
                text::popCodepoint(out);
                return out;
            }
            case KeyPress::Kind::Done: break;
        }
        return std::string(current);
    }
};

}  // namespace

std::unique_ptr<Composer> makeBasicComposer() { return std::make_unique<BasicComposer>(); }

}  // namespace kiosk::ui

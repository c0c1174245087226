#include "kiosk/payment/transfer_text.hpp"

#include "kiosk/base/text.hpp"

namespace kiosk::payment {
namespace {

// Decodes one code point of valid UTF-8 at `i` and advances `i` past it.
char32_t nextCodepoint(std::string_view s, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    char32_t cp = extra == 0 ? lead : lead & (0x3F >> extra);
    for (std::size_t k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += extra + 1;
    return cp;
}

// The precomposed letters Vietnamese uses, with their case; search folding gives the base letter
// but lower-cased, so the case is restored from where the code point sits in Unicode.
enum class Letter { NotVietnamese, Upper, Lower };

Letter classify(char32_t cp) {
    if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) return cp < 0xE0 ? Letter::Upper : Letter::Lower;
    switch (cp) {
    case 0x102: case 0x110: case 0x128: case 0x168: case 0x1A0: case 0x1AF: return Letter::Upper;
    case 0x103: case 0x111: case 0x129: case 0x169: case 0x1A1: case 0x1B0: return Letter::Lower;
    default: break;
    }
    // Latin Extended Additional's Vietnamese block alternates upper (even) and lower (odd).
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return cp % 2 == 0 ? Letter::Upper : Letter::Lower;
    return Letter::NotVietnamese;
}

Error notAscii() {
    return Error{"vietqr.purpose_not_ascii",
                 "Nội dung chuyển khoản chỉ được dùng chữ cái, chữ số và dấu câu thông thường "
                 "(transfer description must be plain letters, digits and punctuation)",
                 "62/08"};
}

}  // namespace

Result<std::string> toTransferText(std::string_view text, std::size_t maxLength) {
    const auto nfc = text::toNfc(text);
    if (!nfc.valid) return notAscii();
    std::string out;
    for (std::size_t i = 0; i < nfc.text.size();) {
        const std::size_t start = i;
        const char32_t cp = nextCodepoint(nfc.text, i);
        if (cp >= 0x20 && cp < 0x7F) {
            out += static_cast<char>(cp);
            continue;
        }
        const Letter letter = classify(cp);
        const std::string base = text::foldForSearch(std::string_view(nfc.text).substr(start, i - start));
        if (letter == Letter::NotVietnamese || base.size() != 1 || base[0] < 'a' || base[0] > 'z') {
            return notAscii();
        }
        out += letter == Letter::Upper ? static_cast<char>(base[0] - 'a' + 'A') : base[0];
    }
    if (out.size() > maxLength) {
        return Error{"vietqr.purpose_too_long",
                     "Nội dung chuyển khoản dài " + std::to_string(out.size()) + " ký tự, tối đa " +
                         std::to_string(maxLength) + " (transfer description is too long)",
                     "62/08"};
    }
    return out;
}

}  // namespace kiosk::payment

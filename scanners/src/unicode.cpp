#include "scanners/unicode.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace scanners::unicode {
namespace {

struct FreeDeleter {
    void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

std::optional<std::string> mapWith(std::string_view text, int options) {
    utf8proc_uint8_t* raw = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &raw,
                                static_cast<utf8proc_option_t>(options));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
    if (n < 0) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(raw), static_cast<size_t>(n));
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

}  // namespace

std::optional<std::string> toNfc(std::string_view text) {
    return mapWith(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string foldToAsciiUpper(std::string_view text) {
    const auto stripped = mapWith(text, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    if (!stripped) return {};
    std::string out;
    bool pendingSpace = false;
    const std::string& s = *stripped;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        char letter = 0;
        if (c >= 'a' && c <= 'z') {
            letter = static_cast<char>(c - 'a' + 'A');
        } else if (c >= 'A' && c <= 'Z') {
            letter = static_cast<char>(c);
        } else if (c == 0xC4 && i + 1 < s.size() &&
                   (static_cast<unsigned char>(s[i + 1]) == 0x90 ||
                    static_cast<unsigned char>(s[i + 1]) == 0x91)) {
            // Đ (U+0110) and đ (U+0111) have no decomposition; the MRZ writes them as D.
            letter = 'D';
            ++i;
        }
        if (letter == 0) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += letter;
    }
    return out;
}

namespace {

// Applies `change(codepoint, wordStart)` to every letter; marks stay with their letter.
template <typename Change>
std::string mapLetters(std::string_view text, Change change) {
    std::string out;
    out.reserve(text.size());
    bool wordStart = true;
    auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(text.size());
    while (remaining > 0) {
        utf8proc_int32_t cp = 0;
        const auto used = utf8proc_iterate(bytes, remaining, &cp);
        if (used <= 0) return std::string(text);
        bytes += used;
        remaining -= used;
        const auto category = utf8proc_category(cp);
        const bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
        const bool mark = category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
        if (letter) cp = change(cp, wordStart);
        if (!mark) wordStart = !letter;
        utf8proc_uint8_t encoded[4];
        const auto n = utf8proc_encode_char(cp, encoded);
        out.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(n));
    }
    return out;
}

}  // namespace

std::string titleCaseWords(std::string_view text) {
    return mapLetters(text, [](utf8proc_int32_t cp, bool wordStart) {
        return wordStart ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
    });
}

std::string toUpper(std::string_view text) {
    return mapLetters(text, [](utf8proc_int32_t cp, bool) { return utf8proc_toupper(cp); });
}

std::string_view stripBom(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    return text;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::string_view trimToLetters(std::string_view text) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t begin = -1, end = 0;  // the first letter's start, the last letter's end
    bool inLetter = false;                 // a combining mark after a letter belongs to it
    for (utf8proc_ssize_t at = 0; at < size;) {
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t length = utf8proc_iterate(bytes + at, size - at, &cp);
        if (length <= 0) return text;
        const auto category = utf8proc_category(cp);
        const bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
        const bool mark = category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
        inLetter = letter || (mark && inLetter);
        if (letter && begin < 0) begin = at;
        if (inLetter) end = at + length;
        at += length;
    }
    if (begin < 0) return {};
    return text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
}

std::string collapseSpaces(std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    for (char c : trim(text)) {
        if (isSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

}  // namespace scanners::unicode

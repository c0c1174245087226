#pragma once
// Text rules shared by forms, search and the keyboard: everything stored is NFC UTF-8.
#include <string>
#include <string_view>

namespace kiosk::text {

// Returns `s` in Unicode NFC; invalid UTF-8 yields an empty optional-like "" and valid=false.
struct Normalized {
    std::string text;
    bool valid = true;
};
Normalized toNfc(std::string_view s);

// `s` without the ASCII white space (space, tab, CR, LF, VT, FF) at either end: header values,
// typed codes, TOML values. Other white space (a no-break space) is text and stays.
std::string_view trimAsciiSpace(std::string_view s);

// True when `s` is well-formed UTF-8.
bool isValidUtf8(std::string_view s);

// Folds case and strips diacritics (đ -> d) for searching: "Đăng Ký" -> "dang ky".
std::string foldForSearch(std::string_view s);

// True when every word of `query` (folded) is a prefix of some word in `haystack` (folded),
// or occurs inside it; an empty query matches everything.
bool searchMatches(std::string_view haystack, std::string_view query);

// True when `s` can be a person's full name: letters of any script (with their diacritics),
// spaces, and ' or - after a letter (Y-Moan, H'Hen Niê); no digits or other symbols.
bool isPersonName(std::string_view s);

// Number of Unicode code points; invalid bytes count one each.
size_t codepointCount(std::string_view s);

// Cuts `s` to at most `maxCodepoints` code points without splitting a character.
std::string truncateCodepoints(std::string_view s, size_t maxCodepoints);

// Removes the last code point (for backspace), never leaving half a character.
void popCodepoint(std::string& s);

// Vietnamese words for a non-negative integer: 1990 -> "một nghìn chín trăm chín mươi".
std::string numberInWords(long long n);

}  // namespace kiosk::text

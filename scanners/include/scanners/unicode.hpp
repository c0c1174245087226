#pragma once
// Unicode helpers the parsers share (utf8proc underneath). Internal to the scanners library.
#include <optional>
#include <string>
#include <string_view>

namespace scanners::unicode {

// `text` in NFC; nullopt when it is not well-formed UTF-8.
std::optional<std::string> toNfc(std::string_view text);

// Upper-case ASCII letters and single spaces, diacritics stripped and đ/Đ -> D:
// "Ưng  Hoàng Hiệp" -> "UNG HOANG HIEP". Used to compare names with the MRZ.
std::string foldToAsciiUpper(std::string_view text);

// Capitalises the first letter of each word and lower-cases the rest, for any script utf8proc
// knows: "ƯNG HOÀNG HIỆP" -> "Ưng Hoàng Hiệp". Invalid UTF-8 is returned unchanged.
std::string titleCaseWords(std::string_view text);

// Upper case for any script utf8proc knows: "Ưng Hoàng Hiệp" -> "ƯNG HOÀNG HIỆP".
std::string toUpper(std::string_view text);

// Removes a leading UTF-8 byte-order mark.
std::string_view stripBom(std::string_view text);

// Trims ASCII white space (space, tab, CR, LF, VT, FF) at both ends.
std::string_view trim(std::string_view text);

// Trims every code point that is not a letter at both ends: "'Võ Xuân Long." -> "Võ Xuân Long"
// (OCR adds specks and quotes beside a printed name). Invalid UTF-8 is returned unchanged.
std::string_view trimToLetters(std::string_view text);

// Trims and turns every run of ASCII white space inside into one space.
std::string collapseSpaces(std::string_view text);

}  // namespace scanners::unicode

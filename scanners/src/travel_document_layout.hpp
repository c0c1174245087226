#pragma once
// Where each field of the three ICAO 9303 formats sits, which characters its check digit
// covers, and how an OCR line is brought to its format's length.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scanners/travel_document.hpp"

namespace scanners::mrz {

struct Position {
    size_t line = 0;
    size_t column = 0;
};

// A check digit and the characters it covers. `numeric` positions hold digits (dates);
// the others may hold letters too (document numbers, optional data).
struct CheckedSpan {
    std::string field;
    std::vector<Position> value;
    std::vector<bool> numeric;  // per value position
    Position check;
};

struct Layout {
    MrzFormat format = MrzFormat::TD3;
    size_t lineCount = 2;
    size_t lineLength = 44;
};

inline constexpr Layout kLayouts[] = {
    {MrzFormat::TD1, 3, 30}, {MrzFormat::TD2, 2, 36}, {MrzFormat::TD3, 2, 44}};

// A span of `length` characters of one line starting at `column`.
std::vector<Position> span(size_t line, size_t column, size_t length);

// The check digits of these lines (already of the layout's length), composite last. The
// document number's span depends on the lines: a number longer than nine characters has '<'
// for its check digit and continues in the optional data, ending with its check digit.
std::vector<CheckedSpan> checkedSpans(MrzFormat format, const std::vector<std::string>& lines);

// Where the fields without a check digit sit: the code, issuer, nationality, sex, name.
struct PlainFields {
    Position code, issuer, nationality, sex;
    Position name;
    size_t nameLength;
    Position dob, expiry;
};
PlainFields plainFields(MrzFormat format);

// `line` brought to `length` by growing or shrinking its longest run of filler (OCR drops and
// doubles filler, rarely anything else); a name line without such a run is padded at its end.
// Nullopt when more than `kMaxLengthError` characters off.
inline constexpr size_t kMaxLengthError = 4;
std::optional<std::string> fitToLength(std::string line, size_t length);

}  // namespace scanners::mrz

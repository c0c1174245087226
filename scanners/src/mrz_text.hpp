#pragma once
// MRZ building blocks shared by the parser and the generator: OCR clean-up, line fitting,
// and the character-confusion tables that correction by field type relies on.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scanners::mrz {

inline constexpr size_t kLineLength = 30;

// Splits OCR text into lines, upper-cased, spaces removed, '«' and '‹' read as filler.
std::vector<std::string> cleanLines(std::string_view text);

// True for characters OCR produces where the card prints the filler '<'.
bool looksLikeFiller(char c);

// Brings TD1 line `index` (0..2) to 30 characters: lines 1 and 2 keep their fields and last
// character and get fresh filler; the name line is padded or trimmed in its filler. Nullopt
// when the length is far from 30.
std::optional<std::string> fitLine(std::string line, int index);

// Digits a character read in a numeric position may stand for: "7" for '7', "0" for 'O',
// "83" for 'B'; empty when the character cannot be a digit.
std::string_view digitCandidates(char c);

// The letter a digit read in an alphabetic position stands for ('0' -> 'O'); 0 if none.
char letterForDigit(char c);

// True when `read` is `letter` or a shape OCR confuses with it ('1' for 'I', 'O' for 'D').
bool couldBeLetter(char read, char letter);

}  // namespace scanners::mrz

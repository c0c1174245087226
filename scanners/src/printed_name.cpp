#include "printed_name.hpp"

#include <algorithm>

#include "scanners/unicode.hpp"

namespace scanners {
namespace {

// A printed name whose label line OCR garbled is found no other way; the MRZ name line then
// picks it among the printed lines: a line of capitals and spaces that confirmedNameLine accepts
// (every letter in place, differences only misread filler) is the name with its diacritics.
std::optional<Reading<std::string>> nameConfirmedByMrz(std::span<const OcrLine> printed, const MrzRecord& mrz) {
    for (const auto& line : printed) {
        // OCR adds specks and quotes beside the line, which are no part of the name.
        const std::string_view text = unicode::trimToLetters(line.text);
        if (text.find(' ') == std::string_view::npos || unicode::toUpper(text) != text) continue;
        const std::string folded = unicode::foldToAsciiUpper(text);
        const bool lettersOnly = std::all_of(folded.begin(), folded.end(),
                                             [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == ' '; });
        if (lettersOnly && confirmedNameLine(mrz.lines[2], text)) {
            return Reading<std::string>{unicode::titleCaseWords(text), line.confidence};
        }
    }
    return std::nullopt;
}

}  // namespace

void confirmPrintedName(PrintedCard& printed, std::span<const OcrLine> lines, const MrzRecord& mrz) {
    if (mrz.lines[2].empty()) return;
    if (printed.fullName && confirmedNameLine(mrz.lines[2], printed.fullName->value)) return;
    if (auto name = nameConfirmedByMrz(lines, mrz)) printed.fullName = std::move(name);
}

}  // namespace scanners

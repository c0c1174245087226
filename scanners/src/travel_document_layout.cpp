#include "travel_document_layout.hpp"

namespace scanners::mrz {
namespace {

CheckedSpan checked(std::string field, std::vector<Position> value, Position check,
                    bool numeric) {
    std::vector<bool> kinds(value.size(), numeric);
    return {std::move(field), std::move(value), std::move(kinds), check};
}

void append(std::vector<Position>& to, const std::vector<Position>& more) {
    to.insert(to.end(), more.begin(), more.end());
}

// The document number: nine characters and a check digit at `at` on `line`; when the check
// digit is '<' and the optional data (from `optionalAt`, `optionalLength` long) starts with
// characters, those continue the number up to the one before the first '<', its check digit.
CheckedSpan documentNumber(const std::vector<std::string>& lines, size_t line, size_t at,
                           size_t optionalAt, size_t optionalLength) {
    std::vector<Position> value = span(line, at, 9);
    Position check{line, at + 9};
    const std::string& text = lines[line];
    if (optionalLength > 0 && text[at + 9] == '<' && text[at + 8] != '<') {
        const size_t end = text.find('<', optionalAt);
        const size_t stop = end == std::string::npos ? optionalAt + optionalLength : end;
        if (stop >= optionalAt + 2 && stop <= optionalAt + optionalLength) {
            append(value, span(line, optionalAt, stop - optionalAt - 1));
            check = {line, stop - 1};
        }
    }
    return checked("document_number", std::move(value), check, false);
}

}  // namespace

std::vector<Position> span(size_t line, size_t column, size_t length) {
    std::vector<Position> positions;
    for (size_t i = 0; i < length; ++i) positions.push_back({line, column + i});
    return positions;
}

std::vector<CheckedSpan> checkedSpans(MrzFormat format, const std::vector<std::string>& lines) {
    std::vector<CheckedSpan> spans;
    if (format == MrzFormat::TD1) {
        spans.push_back(documentNumber(lines, 0, 5, 15, 15));
        spans.push_back(checked("dob", span(1, 0, 6), {1, 6}, true));
        spans.push_back(checked("expiry", span(1, 8, 6), {1, 14}, true));
        // Line 1 from the document number on, both dates with their checks, optional data 2.
        std::vector<Position> composite = span(0, 5, 25);
        append(composite, span(1, 0, 7));
        append(composite, span(1, 8, 7));
        append(composite, span(1, 18, 11));
        spans.push_back(checked("composite", std::move(composite), {1, 29}, false));
        return spans;
    }
    const bool td2 = format == MrzFormat::TD2;
    spans.push_back(documentNumber(lines, 1, 0, 28, td2 ? 7 : 0));
    spans.push_back(checked("dob", span(1, 13, 6), {1, 19}, true));
    spans.push_back(checked("expiry", span(1, 21, 6), {1, 27}, true));
    if (!td2) spans.push_back(checked("optional_data", span(1, 28, 14), {1, 42}, false));
    std::vector<Position> composite = span(1, 0, 10);
    append(composite, span(1, 13, 7));
    append(composite, span(1, 21, td2 ? 14 : 22));
    spans.push_back(checked("composite", std::move(composite), {1, td2 ? 35u : 43u}, false));
    return spans;
}

PlainFields plainFields(MrzFormat format) {
    if (format == MrzFormat::TD1) {
        return {{0, 0}, {0, 2}, {1, 15}, {1, 7}, {2, 0}, 30, {1, 0}, {1, 8}};
    }
    return {{0, 0}, {0, 2}, {1, 10}, {1, 20}, {0, 5}, format == MrzFormat::TD2 ? 31u : 39u,
            {1, 13}, {1, 21}};
}

std::optional<std::string> fitToLength(std::string line, size_t length) {
    const size_t error = line.size() > length ? line.size() - length : length - line.size();
    if (error > kMaxLengthError) return std::nullopt;
    if (error == 0) return line;
    // The longest run of '<' (the last one on a tie: name lines end in filler).
    size_t bestStart = std::string::npos, bestLength = 0;
    for (size_t i = 0; i < line.size();) {
        if (line[i] != '<') {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < line.size() && line[j] == '<') ++j;
        if (j - i >= bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (line.size() < length) {
        line.insert(bestStart == std::string::npos ? line.size() : bestStart, length - line.size(),
                    '<');
        return line;
    }
    // Shrinking only inside filler, keeping at least one '<' of the run.
    if (bestStart == std::string::npos || bestLength <= error) return std::nullopt;
    line.erase(bestStart, error);
    return line;
}

}  // namespace scanners::mrz

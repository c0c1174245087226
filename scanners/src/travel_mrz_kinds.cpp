#include "travel_mrz_kinds.hpp"

#include <utility>

#include "mrz_text.hpp"
#include "travel_document_layout.hpp"

namespace scanners {

Kinds characterKinds(const TravelDocument& document) {
    Kinds kinds;
    for (const auto& line : document.lines) kinds.emplace_back(line.size(), Kind::Either);
    const auto mark = [&](mrz::Position at, size_t length, Kind kind) {
        for (size_t i = 0; at.line < kinds.size() && i < length && at.column + i < kinds[at.line].size(); ++i) {
            kinds[at.line][at.column + i] = kind;
        }
    };
    const auto fields = mrz::plainFields(document.format);
    for (const auto& [at, length] : {std::pair{fields.code, size_t{2}}, std::pair{fields.issuer, size_t{3}},
                                     std::pair{fields.nationality, size_t{3}}, std::pair{fields.sex, size_t{1}},
                                     std::pair{fields.name, fields.nameLength}}) {
        mark(at, length, Kind::Letter);
    }
    mark(fields.dob, 6, Kind::Digit);
    mark(fields.expiry, 6, Kind::Digit);
    for (const auto& checked : mrz::checkedSpans(document.format, document.lines)) mark(checked.check, 1, Kind::Digit);
    return kinds;
}

bool sameMeaning(char read, char wanted, Kind kind) {
    if (read == wanted) return true;
    if (kind == Kind::Letter) return mrz::letterForDigit(read) == wanted;
    if (kind == Kind::Digit) return mrz::digitCandidates(read) == std::string_view(&wanted, 1);
    return false;
}

}  // namespace scanners

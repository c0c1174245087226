#include "mrz_fields.hpp"

#include <vector>

#include "mrz_text.hpp"
#include "scanners/mrz.hpp"

namespace scanners::mrz {
namespace {

// More unknowns than this is noise, not a card: refuse rather than search.
constexpr size_t kMaxCombinations = 4096;

}  // namespace

ResolvedField resolveField(std::string_view read, std::string_view witness) {
    std::vector<std::string_view> options(read.size());
    std::string witnessDigits(witness);
    int disagreements = 0;
    size_t combinations = 1;
    for (size_t i = 0; i < read.size(); ++i) {
        const auto candidates = digitCandidates(read[i]);
        if (i < witness.size() && witness[i] != '?') {
            if (candidates.find(witness[i]) == std::string_view::npos) ++disagreements;
            options[i] = std::string_view(witnessDigits).substr(i, 1);
        } else {
            options[i] = candidates;
        }
        if (options[i].empty()) return {};
        combinations *= options[i].size();
        if (combinations > kMaxCombinations) return {};
    }
    if (disagreements > 1) return {};

    ResolvedField result;
    int valid = 0;
    std::string digits(read.size(), '0');
    for (size_t n = 0; n < combinations; ++n) {
        size_t rest = n;
        for (size_t i = 0; i < read.size(); ++i) {
            digits[i] = options[i][rest % options[i].size()];
            rest /= options[i].size();
        }
        const std::string_view value = std::string_view(digits).substr(0, digits.size() - 1);
        if (mrzCheckDigit(value) == digits.back() - '0') {
            ++valid;
            result.digits = digits;
        }
    }
    if (valid == 1) {
        result.status = FieldStatus::Valid;
    } else {
        result.status = valid == 0 ? FieldStatus::Invalid : FieldStatus::Ambiguous;
        result.digits.clear();
    }
    return result;
}

}  // namespace scanners::mrz

#include "printed_labels.hpp"

#include <algorithm>
#include <array>

#include "unicode.hpp"

namespace scanners::printed {
namespace {

struct Pattern {
    Label label;
    std::string_view tokens;  // folded, space-separated
};

// Vietnamese label, English label, or both in sequence, for both card generations.
constexpr std::array kPatterns{
    Pattern{Label::IdNumber, "SO DINH DANH CA NHAN PERSONAL IDENTIFICATION NUMBER"},
    Pattern{Label::IdNumber, "SO DINH DANH CA NHAN"},
    Pattern{Label::IdNumber, "PERSONAL IDENTIFICATION NUMBER"},
    Pattern{Label::IdNumber, "SO NO"},
    Pattern{Label::FullName, "HO CHU DEM VA TEN KHAI SINH SURNAME GIVEN NAMES"},
    Pattern{Label::FullName, "HO CHU DEM VA TEN KHAI SINH FULL NAME"},
    Pattern{Label::FullName, "HO CHU DEM VA TEN KHAI SINH"},
    Pattern{Label::FullName, "SURNAME GIVEN NAMES"},
    Pattern{Label::FullName, "HO VA TEN FULL NAME"},
    Pattern{Label::FullName, "HO VA TEN"},
    Pattern{Label::FullName, "FULL NAME"},
    Pattern{Label::BirthDate, "NGAY THANG NAM SINH DATE OF BIRTH"},
    Pattern{Label::BirthDate, "NGAY THANG NAM SINH"},
    Pattern{Label::BirthDate, "NGAY SINH DATE OF BIRTH"},
    Pattern{Label::BirthDate, "NGAY SINH"},
    Pattern{Label::BirthDate, "DATE OF BIRTH"},
    Pattern{Label::Sex, "GIOI TINH SEX"},
    Pattern{Label::Sex, "GIOI TINH"},
    Pattern{Label::Sex, "SEX"},
    Pattern{Label::Nationality, "QUOC TICH NATIONALITY"},
    Pattern{Label::Nationality, "QUOC TICH"},
    Pattern{Label::Nationality, "NATIONALITY"},
    Pattern{Label::PlaceOfOrigin, "QUE QUAN PLACE OF ORIGIN"},
    Pattern{Label::PlaceOfOrigin, "QUE QUAN"},
    Pattern{Label::PlaceOfOrigin, "PLACE OF ORIGIN"},
    Pattern{Label::Residence, "NOI THUONG TRU PLACE OF RESIDENCE"},
    Pattern{Label::Residence, "NOI THUONG TRU"},
    Pattern{Label::Residence, "NOI CU TRU PLACE OF RESIDENCE"},
    Pattern{Label::Residence, "NOI CU TRU"},
    Pattern{Label::Residence, "PLACE OF RESIDENCE"},
    Pattern{Label::PlaceOfBirth, "NOI DANG KY KHAI SINH PLACE OF BIRTH"},
    Pattern{Label::PlaceOfBirth, "NOI DANG KY KHAI SINH"},
    Pattern{Label::PlaceOfBirth, "PLACE OF BIRTH"},
    Pattern{Label::ExpiryDate, "CO GIA TRI DEN DATE OF EXPIRY"},
    Pattern{Label::ExpiryDate, "CO GIA TRI DEN"},
    Pattern{Label::ExpiryDate, "NGAY THANG NAM HET HAN DATE OF EXPIRY"},
    Pattern{Label::ExpiryDate, "NGAY THANG NAM HET HAN"},
    Pattern{Label::ExpiryDate, "DATE OF EXPIRY"},
    Pattern{Label::IssueDate, "NGAY THANG NAM CAP DATE OF ISSUE"},
    Pattern{Label::IssueDate, "NGAY THANG NAM CAP"},
    Pattern{Label::IssueDate, "DATE OF ISSUE"},
    Pattern{Label::IssueDate, "NGAY THANG NAM DATE MONTH YEAR"},
    Pattern{Label::IssueDate, "DATE MONTH YEAR"},
    Pattern{Label::Other, "DAC DIEM NHAN DANG PERSONAL IDENTIFICATION"},
    Pattern{Label::Other, "DAC DIEM NHAN DANG"},
};

std::vector<std::string_view> splitTokens(std::string_view text) {
    std::vector<std::string_view> tokens;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) tokens.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return tokens;
}

// Two tokens match when equal, or when both are long enough that one wrong, missing or extra
// letter cannot turn one label word into another.
bool fuzzyEqual(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() < 4 || b.size() < 4) return false;
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
    return a.substr(i) == b.substr(i + 1);
}

struct TokenRef {
    std::string_view token;
    size_t word;
};

}  // namespace

std::vector<Word> splitWords(std::string_view line) {
    std::vector<Word> words;
    const std::string collapsed = unicode::collapseSpaces(line);
    for (const auto piece : splitTokens(collapsed)) {
        Word word{std::string(piece), {}};
        const std::string folded = unicode::foldToAsciiUpper(piece);
        for (const auto token : splitTokens(folded)) {
            word.tokens.emplace_back(token);
        }
        words.push_back(std::move(word));
    }
    return words;
}

std::vector<LabelHit> findLabels(const std::vector<Word>& words) {
    std::vector<TokenRef> tokens;
    for (size_t w = 0; w < words.size(); ++w) {
        for (const auto& token : words[w].tokens) tokens.push_back({token, w});
    }
    std::vector<LabelHit> hits;
    size_t t = 0;
    while (t < tokens.size()) {
        size_t bestLength = 0;
        Label bestLabel = Label::Other;
        for (const auto& pattern : kPatterns) {
            const auto want = splitTokens(pattern.tokens);
            if (want.size() <= bestLength || t + want.size() > tokens.size()) continue;
            bool match = true;
            for (size_t k = 0; k < want.size() && match; ++k) {
                match = fuzzyEqual(tokens[t + k].token, want[k]);
            }
            if (match) {
                bestLength = want.size();
                bestLabel = pattern.label;
            }
        }
        if (bestLength == 0) {
            ++t;
            continue;
        }
        hits.push_back({bestLabel, tokens[t].word, tokens[t + bestLength - 1].word + 1});
        t += bestLength;
    }
    return hits;
}

}  // namespace scanners::printed

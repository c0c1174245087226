#include "printed_labels.hpp"

#include <algorithm>

#include "scanners/unicode.hpp"

namespace scanners::printed {
namespace {

struct Pattern {
    Label label;
    std::string_view vietnamese;  // folded, space-separated
    std::string_view english;
    bool halvesAlone = true;  // false where a half alone is a common word ("Số", "No")
};

// Both card generations print "Vietnamese / English:"; OCR garbles the small English half more
// often, so either half is enough to recognise the label.
constexpr Pattern kPatterns[] = {
    {Label::IdNumber, "SO DINH DANH CA NHAN", "PERSONAL IDENTIFICATION NUMBER"},
    {Label::IdNumber, "SO", "NO", false},
    {Label::FullName, "HO CHU DEM VA TEN KHAI SINH", "SURNAME GIVEN NAMES"},
    {Label::FullName, "HO CHU DEM VA TEN KHAI SINH", "FULL NAME"},
    {Label::FullName, "HO VA TEN", "FULL NAME"},
    {Label::BirthDate, "NGAY THANG NAM SINH", "DATE OF BIRTH"},
    {Label::BirthDate, "NGAY SINH", "DATE OF BIRTH"},
    {Label::Sex, "GIOI TINH", "SEX"},
    {Label::Nationality, "QUOC TICH", "NATIONALITY"},
    {Label::PlaceOfOrigin, "QUE QUAN", "PLACE OF ORIGIN"},
    {Label::Residence, "NOI THUONG TRU", "PLACE OF RESIDENCE"},
    {Label::Residence, "NOI CU TRU", "PLACE OF RESIDENCE"},
    {Label::PlaceOfBirth, "NOI DANG KY KHAI SINH", "PLACE OF BIRTH"},
    {Label::ExpiryDate, "CO GIA TRI DEN", "DATE OF EXPIRY"},
    {Label::ExpiryDate, "NGAY THANG NAM HET HAN", "DATE OF EXPIRY"},
    {Label::IssueDate, "NGAY THANG NAM CAP", "DATE OF ISSUE"},
    {Label::IssueDate, "NGAY THANG NAM", "DATE MONTH YEAR"},
    {Label::Other, "DAC DIEM NHAN DANG", "PERSONAL IDENTIFICATION"},
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

namespace {

// Whether tokens[at..] spell `wanted`; the number of tokens it covers, or 0.
size_t matchAt(const std::vector<TokenRef>& tokens, size_t at, std::string_view wanted) {
    const auto want = splitTokens(wanted);
    if (want.empty() || at + want.size() > tokens.size()) return 0;
    for (size_t k = 0; k < want.size(); ++k) {
        if (!fuzzyEqual(tokens[at + k].token, want[k])) return 0;
    }
    return want.size();
}

}  // namespace

std::vector<LabelHit> findLabels(const std::vector<Word>& words) {
    std::vector<TokenRef> tokens;
    for (size_t w = 0; w < words.size(); ++w) {
        for (const auto& token : words[w].tokens) tokens.push_back({token, w});
    }
    std::vector<LabelHit> hits;
    size_t t = 0;
    while (t < tokens.size()) {
        size_t bestLength = 0;
        LabelHit best{};
        for (const auto& pattern : kPatterns) {
            const size_t vietnamese = matchAt(tokens, t, pattern.vietnamese);
            const size_t both = vietnamese ? matchAt(tokens, t + vietnamese, pattern.english) : 0;
            const size_t english = matchAt(tokens, t, pattern.english);
            const size_t englishWords = splitTokens(pattern.english).size();
            size_t length = 0;
            size_t skip = 0;
            if (both > 0) {
                length = vietnamese + both;
            } else if (vietnamese > 0 && pattern.halvesAlone) {
                length = vietnamese;
                skip = englishWords;  // the English half is there, but unreadable
            } else if (english > 0 && pattern.halvesAlone) {
                length = english;
            }
            if (length > bestLength) {
                bestLength = length;
                best = {pattern.label, tokens[t].word, tokens[t + length - 1].word + 1, skip};
            }
        }
        if (bestLength == 0) {
            ++t;
            continue;
        }
        hits.push_back(best);
        t += bestLength;
    }
    return hits;
}

}  // namespace scanners::printed

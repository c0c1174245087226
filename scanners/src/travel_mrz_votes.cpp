#include "travel_mrz_votes.hpp"

#include <algorithm>
#include <utility>

#include "mrz_text.hpp"
#include "travel_document_layout.hpp"

namespace scanners {
namespace {

// What the format allows at each character of a document's lines: letters only (document
// code, issuer, nationality, sex, name), digits only (dates, check digits), or either.
enum class Kind : unsigned char { Either, Letter, Digit };
using Kinds = std::vector<std::vector<Kind>>;

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

// True when `read` at a position of this kind means `wanted`: the same character, or a digit
// in a letters-only field that is that letter's shape ('1' for I), or a letter in a digits-only
// field that can only be that digit ('O' for 0), as the parser itself reads such fields.
bool sameMeaning(char read, char wanted, Kind kind) {
    if (read == wanted) return true;
    if (kind == Kind::Letter) return mrz::letterForDigit(read) == wanted;
    if (kind == Kind::Digit) return mrz::digitCandidates(read) == std::string_view(&wanted, 1);
    return false;
}

// Each read's version of `wanted` (a line of the document, `kinds` its characters' kinds): the
// read's line that, fitted to its length, differs from it least, if by at most a third of its
// characters; characters that mean the same by the format are taken as the document's.
std::vector<std::string> versions(const Reads& reads, const std::string& wanted, const std::vector<Kind>& kinds) {
    std::vector<std::string> out;
    for (const auto& read : reads) {
        std::optional<std::string> closest;
        size_t fewest = wanted.size() / 3 + 1;
        for (const auto& line : read) {
            auto fitted = mrz::fitToLength(line, wanted.size());
            if (!fitted) continue;
            size_t differences = 0;
            for (size_t c = 0; c < wanted.size(); ++c) {
                char& seen = (*fitted)[c];
                if (sameMeaning(seen, wanted[c], kinds[c])) seen = wanted[c];
                differences += seen != wanted[c];
            }
            if (differences < fewest) {
                fewest = differences;
                closest = std::move(fitted);
            }
        }
        if (closest) out.push_back(std::move(*closest));
    }
    return out;
}

}  // namespace

int score(const TravelDocument& document) {
    int valid = 0;
    for (const auto& check : document.checks) valid += check.valid ? 1 : 0;
    return 2 * valid + (document.nameUncertain ? 0 : 1);
}

bool confirmedByReads(const Reads& reads, const TravelDocument& document) {
    const Kinds kinds = characterKinds(document);
    for (size_t i = 0; i < document.lines.size(); ++i) {
        const auto seen = versions(reads, document.lines[i], kinds[i]);
        const long agreeing = std::count(seen.begin(), seen.end(), document.lines[i]);
        if (agreeing < 2) return false;
        // Two reads alike are no proof when as many others agree on something else (the same
        // confusion, IDD read as IOD, can come out of two preparations of one band).
        for (const auto& version : seen) {
            if (version != document.lines[i] && std::count(seen.begin(), seen.end(), version) >= agreeing) return false;
        }
    }
    return true;
}

std::string consensusText(const Reads& reads, const TravelDocument& document) {
    std::string text;
    const Kinds kinds = characterKinds(document);
    for (size_t i = 0; i < document.lines.size(); ++i) {
        const std::string& line = document.lines[i];
        const auto seen = versions(reads, line, kinds[i]);
        std::string voted = line;
        long best = std::count(seen.begin(), seen.end(), line);
        for (const auto& version : seen) {
            const long votes = std::count(seen.begin(), seen.end(), version);
            if (votes >= 2 && votes > best) {
                best = votes;
                voted = version;
            }
        }
        text += voted + "\n";
    }
    return text;
}

constexpr size_t kMaxPooledLines = 12;

std::optional<TravelDocument> combineReads(const std::vector<std::string>& pool, int thisYear) {
    std::optional<TravelDocument> best;
    const auto consider = [&](const std::string& text) {
        auto parsed = parseTravelDocument(text, thisYear);
        if (parsed && (!best || score(*parsed) > score(*best))) best = std::move(parsed.value());
    };
    for (const size_t length : {size_t{30}, size_t{36}, size_t{44}}) {
        std::vector<std::string> lines;
        for (const auto& line : pool) {
            const size_t error = line.size() > length ? line.size() - length : length - line.size();
            if (error <= 4 && lines.size() < kMaxPooledLines &&
                std::find(lines.begin(), lines.end(), line) == lines.end()) {
                lines.push_back(line);
            }
        }
        if (length != 30) {
            for (const auto& first : lines) {
                for (const auto& second : lines) {
                    if (&first != &second) consider(first + "\n" + second);
                }
            }
            continue;
        }
        const std::string standIn = "A<<A" + std::string(26, '<');
        std::optional<TravelDocument> data;
        for (const auto& first : lines) {
            for (const auto& second : lines) {
                if (&first == &second) continue;
                auto parsed = parseTravelDocument(first + "\n" + second + "\n" + standIn, thisYear);
                if (parsed && (!data || score(*parsed) > score(*data))) data = std::move(parsed.value());
            }
        }
        if (!data) continue;
        for (const auto& name : lines) {
            consider(data->lines[0] + "\n" + data->lines[1] + "\n" + name);
        }
    }
    return best;
}

}  // namespace scanners

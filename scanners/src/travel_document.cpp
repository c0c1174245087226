// Any ICAO 9303 zone: find lines of a format's length, prove or refuse each OCR correction by
// the check digits (the composite included), then read the fields. A zone whose printed check
// digits fail keeps its printed characters; the failing checks name the fields.
#include "scanners/travel_document.hpp"

#include <algorithm>
#include <cctype>

#include "mrz_text.hpp"
#include "travel_document_codes.hpp"
#include "travel_document_layout.hpp"

namespace scanners {
namespace {

using mrz::CheckedSpan;
using mrz::Position;
using Lines = std::vector<std::string>;

// Shapes OCR gives for the filler '<' (a wider set than looksLikeFiller: only used where no
// letter can stand).
constexpr std::string_view kFillerShapes = "<KXCSEGLZRB([{";

// More readings than this for one field is noise: it is left as read.
constexpr size_t kMaxReadings = 4096;

char at(const Lines& lines, Position p) { return lines[p.line][p.column]; }
char& at(Lines& lines, Position p) { return lines[p.line][p.column]; }

// The digit an OCR-B letter is mistaken for (and back); 0 if none.
char shapeTwin(char c) {
    switch (c) {
        case 'O': case 'Q': case 'D': return '0';
        case '0': return 'O';
        case 'I': case 'L': return '1';
        case '1': return 'I';
        case 'B': return '8';
        case '8': return 'B';
        case 'S': return '5';
        case '5': return 'S';
        case 'Z': return '2';
        case '2': return 'Z';
        case 'G': return '6';
        case '6': return 'G';
        default: return 0;
    }
}

// What a character may have been printed as: itself first, then its confusions.
std::string readings(char read, bool numeric) {
    if (read == '<') return "<";
    // Only a letter where a digit must stand, and only the close OCR-B confusions: a wider
    // table (U, C, A for digits) let a line shifted by a dropped character pass its checks with
    // another date. Where letters and digits are both legal (document numbers, optional data)
    // nothing is changed: one check digit cannot tell "X" misread as "K" plus "2" as "Z" from
    // a real number, and the composite is only one more chance in ten.
    if (!numeric || std::isdigit(static_cast<unsigned char>(read))) return std::string(1, read);
    const char twin = shapeTwin(read);
    return std::string(1, twin != 0 ? twin : read);
}

int digitValue(char c) { return c >= '0' && c <= '9' ? c - '0' : -1; }

// True when the span's check digit holds on these lines. An unused personal number (all
// filler) may carry '<' as its check digit.
// A date holds only in digits: a letter ('A' counts 10, a multiple of ten like "0") or a '<'
// (counted 0) could satisfy the sum in place of a digit, so neither is proof of anything.
bool holds(const CheckedSpan& span, const Lines& lines) {
    std::string value;
    for (size_t i = 0; i < span.value.size(); ++i) {
        const char c = at(lines, span.value[i]);
        if (span.numeric[i] && digitValue(c) < 0) return false;
        value += c;
    }
    const char check = at(lines, span.check);
    const int computed = mrzCheckDigit(value);
    if (check == '<') return computed == 0 && value.find_first_not_of('<') == std::string::npos;
    return computed >= 0 && computed == digitValue(check);
}

// The reading of the span that satisfies its check digit with the fewest characters changed,
// written into `lines`; false (lines untouched) when none does or two tie. The composite must
// confirm the result afterwards.
bool proveReading(const CheckedSpan& span, Lines& lines) {
    std::vector<Position> positions = span.value;
    positions.push_back(span.check);
    std::vector<std::string> options;
    size_t combinations = 1;
    for (size_t i = 0; i < positions.size(); ++i) {
        const bool numeric = i == span.value.size() || span.numeric[i];
        options.push_back(readings(at(lines, positions[i]), numeric));
        combinations *= options.back().size();
        if (combinations > kMaxReadings) return false;
    }
    Lines trial = lines;
    std::optional<Lines> proven;
    size_t fewest = positions.size() + 1;
    bool tie = false;
    for (size_t n = 0; n < combinations; ++n) {
        size_t rest = n;
        size_t changes = 0;
        for (size_t i = 0; i < positions.size(); ++i) {
            char& c = at(trial, positions[i]);
            c = options[i][rest % options[i].size()];
            if (c != at(lines, positions[i])) ++changes;
            rest /= options[i].size();
        }
        if (changes > fewest || !holds(span, trial)) continue;
        tie = changes == fewest;
        if (!tie) {
            fewest = changes;
            proven = trial;
        }
    }
    if (!proven || tie) return false;
    lines = std::move(*proven);
    return true;
}

// The name field ends in filler. A filler shape (K, X, '(' …) standing alone in that trailing
// run, with filler on both sides (or the line's end), is a misread '<': a name part of one such
// letter at the very end of the field is far less likely than OCR's usual misread.
void clearTrailingFillerShapes(Lines& lines, Position name, size_t length) {
    std::string& line = lines[name.line];
    const size_t end = name.column + length;
    // No name part follows three fillers: filler shapes after them are all misread '<'.
    const size_t run = line.find("<<<", name.column);
    if (run != std::string::npos && run < end &&
        line.find_first_not_of(kFillerShapes, run) >= end) {
        std::fill(line.begin() + static_cast<long>(run), line.begin() + static_cast<long>(end), '<');
    }
    for (size_t i = end; i-- > name.column + 1;) {
        if (line[i] == '<') continue;
        const bool alone = line[i - 1] == '<' && (i + 1 == end || line[i + 1] == '<');
        if (!alone || !(mrz::looksLikeFiller(line[i]) || line[i] == 'X')) break;
        line[i] = '<';
    }
}

std::string withoutFiller(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c != '<') out += c;
    }
    return out;
}

// "ANNA<MARIA<<<" -> "ANNA MARIA".
std::string nameWords(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c != '<') {
            out += c;
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::optional<Date> mrzDate(std::string_view yymmdd, int latestYear) {
    for (char c : yymmdd) {
        if (digitValue(c) < 0) return std::nullopt;
    }
    const auto two = [&](size_t i) { return digitValue(yymmdd[i]) * 10 + digitValue(yymmdd[i + 1]); };
    int year = latestYear / 100 * 100 + two(0);
    if (year > latestYear) year -= 100;
    const Date date{year, two(2), two(4)};
    if (!isValidDate(date)) return std::nullopt;
    return date;
}

bool isMrzText(const std::string& line) {
    return std::all_of(line.begin(), line.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
    });
}

// The shape every zone of the format has, whatever its check digits say: a letter opening the
// code, letters or filler for the issuer and nationality, a known sex character.
bool hasShape(const Lines& lines, const mrz::PlainFields& f) {
    const auto letterOrFiller = [&](Position p, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            const char c = lines[p.line][p.column + i];
            if (!((c >= 'A' && c <= 'Z') || c == '<')) return false;
        }
        return true;
    };
    const char code = at(lines, f.code);
    const char sex = at(lines, f.sex);
    return code >= 'A' && code <= 'Z' && letterOrFiller(f.issuer, 3) &&
           letterOrFiller(f.nationality, 3) && std::string_view("MFX<").find(sex) != std::string_view::npos;
}

// The letters-only fields (document code, issuer, nationality) read as letters: a digit there
// is OCR's confusion ('1' for I, '0' for O), and a state code that is not a state but is one
// confusion away from exactly one is that state. The first code letter is one of A, C, I, P, V.
void readLetterFields(Lines& lines, const mrz::PlainFields& f) {
    char& first = at(lines, f.code);
    if (std::string_view("ACIPV").find(first) == std::string_view::npos) {
        char only = 0;
        for (char letter : std::string_view("ACIPV")) {
            if (mrz::couldBeLetter(first, letter)) only = only == 0 ? letter : '?';
        }
        if (only != 0 && only != '?') first = only;
    }
    char& second = lines[f.code.line][f.code.column + 1];
    if (const char letter = mrz::letterForDigit(second)) second = letter;
    for (Position p : {f.issuer, f.nationality}) {
        std::string code = lines[p.line].substr(p.column, 3);
        if (auto proven = mrz::provenStateCode(code)) {
            code = *proven;
        } else {
            for (char& c : code) {
                if (const char letter = mrz::letterForDigit(c)) c = letter;
            }
        }
        lines[p.line].replace(p.column, 3, code);
    }
}

// A name field as ICAO writes it: parts of letters joined by '<', one "<<" between surname and
// given names, then filler to the end. A stray filler shape standing as a one-letter part, a
// part of only K and X, or letters after three fillers mean OCR misread the filler.
bool nameLooksRead(std::string_view field, bool partsMayEndInK) {
    const size_t last = field.find_last_not_of('<');
    if (last == std::string_view::npos) return false;
    const std::string_view name = field.substr(0, last + 1);
    if (name.front() == '<' || name.find("<<<") != std::string_view::npos) return false;
    size_t start = 0;
    while (start <= name.size()) {
        const size_t end = std::min(name.find('<', start), name.size());
        const std::string_view part = name.substr(start, end - start);
        start = end + 1;
        if (part.empty()) continue;
        if (part.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos) return false;
        if (part.size() == 1 && kFillerShapes.find(part[0]) != std::string_view::npos) return false;
        if (part.find_first_not_of("KX") == std::string_view::npos) return false;
        // A filler read as K before a name part ("ANNA<KMARIA"): few names begin with K and a
        // consonant other than H, L, N, R, V, W, Y (Ksenia is flagged for a look, not changed).
        // The same misread at a part's end ("ANNAKMARIAK<<<"), twice alike in two reads on a
        // clean page: a name ending in K (Erik, Marek) costs a "check the name" warning.
        if (part.back() == 'K' && !partsMayEndInK) return false;
        if (part.size() > 2 && part[0] == 'K' &&
            std::string_view("BCDFGJKMPQSTXZ").find(part[1]) != std::string_view::npos) {
            return false;
        }
    }
    return true;
}

struct Candidate {
    TravelDocument document;
    int validChecks = 0;
    int score() const { return 2 * validChecks + (document.nameUncertain ? 0 : 1); }
};

std::optional<Candidate> parseLines(const mrz::Layout& layout, Lines read, int thisYear) {
    for (auto& line : read) {
        auto fitted = mrz::fitToLength(line, layout.lineLength);
        if (!fitted || !isMrzText(*fitted)) return std::nullopt;
        line = std::move(*fitted);
    }
    const auto fields = mrz::plainFields(layout.format);
    readLetterFields(read, fields);
    if (!hasShape(read, fields)) return std::nullopt;
    clearTrailingFillerShapes(read, fields.name, fields.nameLength);

    // Corrections are proven field by field, then kept only if the composite holds too; a
    // zone whose printed digits fail stays exactly as read.
    Lines lines = read;
    auto spans = mrz::checkedSpans(layout.format, lines);
    for (const auto& span : spans) {
        if (!holds(span, lines)) proveReading(span, lines);
    }
    spans = mrz::checkedSpans(layout.format, lines);
    bool allHold = std::all_of(spans.begin(), spans.end(),
                               [&](const CheckedSpan& s) { return holds(s, lines); });
    if (!allHold) {
        lines = read;
        spans = mrz::checkedSpans(layout.format, lines);
    }

    Candidate candidate;
    TravelDocument& doc = candidate.document;
    doc.format = layout.format;
    for (const auto& span : spans) {
        doc.checks.push_back({span.field, holds(span, lines)});
        if (doc.checks.back().valid) ++candidate.validChecks;
    }
    if (candidate.validChecks == 0) return std::nullopt;
    for (size_t l = 0; l < lines.size(); ++l) {
        for (size_t c = 0; c < lines[l].size(); ++c) {
            if (lines[l][c] != read[l][c]) {
                doc.corrections.push_back({static_cast<int>(l), static_cast<int>(c), read[l][c],
                                           lines[l][c]});
            }
        }
    }
    const auto text = [&](Position p, size_t n) { return lines[p.line].substr(p.column, n); };
    doc.documentCode = withoutFiller(text(fields.code, 2));
    doc.issuer = withoutFiller(text(fields.issuer, 3));
    doc.nationality = withoutFiller(text(fields.nationality, 3));
    for (const auto& p : spans.front().value) doc.number += at(lines, p);
    doc.number = withoutFiller(doc.number);
    const char sex = at(lines, fields.sex);
    doc.sex = sex == 'M' ? Sex::Male : sex == 'F' ? Sex::Female : Sex::Unknown;
    doc.birthDateRaw = text(fields.dob, 6);
    doc.expiryRaw = text(fields.expiry, 6);
    doc.birthDate = mrzDate(doc.birthDateRaw, thisYear);
    doc.expiryDate = mrzDate(doc.expiryRaw, thisYear + 50);
    const std::string name = text(fields.name, fields.nameLength);
    doc.nameUncertain = !nameLooksRead(name, false);
    if (doc.nameUncertain && nameLooksRead(name, true)) {
        for (size_t i = 0; i < name.size(); ++i) {
            if (name[i] == 'K' && i > 0 && name[i - 1] != '<' && (i + 1 == name.size() || name[i + 1] == '<')) {
                doc.unprovenPartFinalKs.push_back({fields.name.line, fields.name.column + i});
            }
        }
    }
    const size_t split = name.find("<<");
    doc.surname = nameWords(name.substr(0, split));
    if (split != std::string::npos) doc.givenNames = nameWords(name.substr(split + 2));
    doc.lines = std::move(lines);
    return candidate;
}

// OCR output rarely exceeds a dozen lines; the cap keeps hostile input cheap.
constexpr size_t kMaxLines = 64;

}  // namespace

std::string_view mrzFormatName(MrzFormat format) {
    switch (format) {
        case MrzFormat::TD1: return "TD1";
        case MrzFormat::TD2: return "TD2";
        case MrzFormat::TD3: return "TD3";
    }
    return "";
}

bool TravelDocument::checksValid() const { return failedChecks().empty(); }

std::vector<std::string> TravelDocument::failedChecks() const {
    std::vector<std::string> failed;
    for (const auto& check : checks) {
        if (!check.valid) failed.push_back(check.field);
    }
    return failed;
}

Result<TravelDocument> parseTravelDocument(std::string_view text, int thisYear) {
    std::vector<std::string> lines;
    for (auto& line : mrz::cleanLines(text)) {
        if (line.size() >= 20 && lines.size() < kMaxLines) lines.push_back(std::move(line));
    }
    // The candidate with the most valid check digits, then a name read cleanly; the first on a tie (zones are read top
    // down, and a window of the right lines beats one shifted by a line).
    std::optional<Candidate> best;
    for (const auto& layout : mrz::kLayouts) {
        for (size_t first = 0; first + layout.lineCount <= lines.size(); ++first) {
            Lines window(lines.begin() + static_cast<long>(first),
                         lines.begin() + static_cast<long>(first + layout.lineCount));
            auto candidate = parseLines(layout, std::move(window), thisYear);
            if (candidate && (!best || candidate->score() > best->score())) {
                best = std::move(candidate);
            }
        }
    }
    if (!best) {
        return Error{"mrz.not_found", "Không tìm thấy vùng MRZ trên giấy tờ.", "mrz"};
    }
    return std::move(best->document);
}

}  // namespace scanners

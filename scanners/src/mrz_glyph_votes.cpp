#include "mrz_glyph_votes.hpp"

#include <algorithm>

#include "scanners/wipe.hpp"

namespace scanners {
namespace {

constexpr std::string_view kLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
constexpr std::string_view kDigits = "0123456789<";

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// True when `read` is a read of `line`: as long, and differing in at most a third of its cells.
bool covers(const GlyphRead& read, const std::string& line) {
    if (read.line.size() != line.size() || read.scores.size() != line.size()) return false;
    size_t differences = 0;
    for (size_t c = 0; c < line.size(); ++c) differences += read.line[c] != line[c] ? 1 : 0;
    return differences * 3 <= line.size();
}

float scoreOf(const GlyphScores& scores, char c) {
    const size_t g = kMrzGlyphs.find(c);
    return g == std::string_view::npos ? -1.0f : scores[g];
}

// The characters a cell of this kind may hold, judged against what the document has there.
std::string_view candidates(Kind kind, char current) {
    if (kind == Kind::Letter) return kLetters;
    if (kind == Kind::Digit) return kDigits;
    return isDigit(current) ? kDigits : kLetters;
}

}  // namespace

void wipe(GlyphReads& reads) {
    for (auto& read : reads) {
        wipe(read.line);
        for (auto& scores : read.scores) scores.fill(0.0f);
    }
    reads.clear();
}

bool glyphsCover(const GlyphReads& reads, const std::string& line) {
    return std::any_of(reads.begin(), reads.end(), [&](const GlyphRead& read) { return covers(read, line); });
}

bool glyphsPrefer(const GlyphReads& reads, const std::string& line, size_t cell, char wanted, char other,
                  float margin) {
    int clear = 0;
    for (const auto& read : reads) {
        if (!covers(read, line) || cell >= read.scores.size()) continue;
        const float score = scoreOf(read.scores[cell], wanted);
        const float lead = score - scoreOf(read.scores[cell], other);
        if (score <= -1.0f || lead <= 0.0f) return false;
        clear += lead >= margin && score >= kGlyphMinMatch ? 1 : 0;
    }
    return clear >= 2;
}

bool glyphsSettle(const GlyphReads& reads, const std::string& line, size_t cell, Kind kind) {
    const char current = line[cell];
    std::string seen;  // the characters the covering reads saw here, as the format reads them
    for (const auto& read : reads) {
        if (covers(read, line)) seen += sameMeaning(read.line[cell], current, kind) ? current : read.line[cell];
    }
    const auto mine = std::count(seen.begin(), seen.end(), current);
    for (const char other : seen) {
        if (other == current) continue;
        if (glyphsPrefer(reads, line, cell, other, current, kGlyphTieMargin)) return false;
        if (std::count(seen.begin(), seen.end(), other) >= mine &&
            !glyphsPrefer(reads, line, cell, current, other, kGlyphTieMargin)) {
            return false;
        }
    }
    wipe(seen);
    return true;
}

std::optional<char> glyphOverrule(const GlyphReads& reads, const std::string& line, size_t cell, Kind kind) {
    const char current = line[cell];
    std::optional<char> best;
    float bestTotal = 0.0f;
    for (const char other : candidates(kind, current)) {
        if (other == current || !glyphsPrefer(reads, line, cell, other, current, kGlyphOverruleMargin)) continue;
        float total = 0.0f;
        for (const auto& read : reads) {
            if (covers(read, line)) total += scoreOf(read.scores[cell], other);
        }
        if (!best || total > bestTotal) {
            best = other;
            bestTotal = total;
        }
    }
    return best;
}

std::optional<std::string> glyphCorrected(const GlyphReads& reads, const TravelDocument& document) {
    const Kinds kinds = characterKinds(document);
    std::string text;
    bool changed = false;
    for (size_t i = 0; i < document.lines.size(); ++i) {
        std::string line = document.lines[i];
        for (size_t c = 0; c < line.size(); ++c) {
            if (const auto other = glyphOverrule(reads, document.lines[i], c, kinds[i][c])) {
                line[c] = *other;
                changed = true;
            }
        }
        text += line + "\n";
        wipe(line);
    }
    if (!changed) {
        wipe(text);
        return std::nullopt;
    }
    return text;
}

}  // namespace scanners

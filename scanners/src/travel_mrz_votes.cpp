#include "travel_mrz_votes.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

#include "mrz_text.hpp"
#include "scanners/wipe.hpp"
#include "travel_document_layout.hpp"

namespace scanners {
namespace {

// Each read's version of `wanted` (a line of the document, `kinds` its characters' kinds): the
// read's line that, fitted to its length, differs from it least, if by fewer than `limit`
// characters; characters that mean the same by the format are taken as the document's, and so
// are characters the glyph comparisons (`glyphs`, when given) clearly overrule in its favour.
std::vector<std::string> closestLines(const Reads& reads, const std::string& wanted, const std::vector<Kind>& kinds,
                                      const GlyphReads* glyphs, size_t limit) {
    std::vector<std::string> out;
    for (const auto& read : reads) {
        std::optional<std::string> closest;
        size_t fewest = limit;
        for (const auto& line : read) {
            auto fitted = mrz::fitToLength(line, wanted.size());
            if (!fitted) continue;
            size_t differences = 0;
            for (size_t c = 0; c < wanted.size(); ++c) {
                char& seen = (*fitted)[c];
                if (sameMeaning(seen, wanted[c], kinds[c]) ||
                    (glyphs && glyphsPrefer(*glyphs, wanted, c, wanted[c], seen, kGlyphOverruleMargin))) {
                    seen = wanted[c];
                }
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

// What the reads saw at each cell of `wanted`: every read's line of it, however garbled elsewhere
// (up to half its cells: the lines of one zone differ in far more), as the format reads it. A
// preparation whose LSTM inserts glyphs in a run of zeros still reads the rest of the line.
std::vector<std::string> cellReads(const Reads& reads, const std::string& wanted, const std::vector<Kind>& kinds) {
    return closestLines(reads, wanted, kinds, nullptr, wanted.size() / 2 + 1);
}

// Characters the glyphs themselves confuse (0, O, D and Q; 8 and B; 2 and Z; 5 and S; 6 and G):
// a cell the reads split between two of them is not settled by the glyphs' lean.
bool glyphsConfuse(char a, char b) {
    constexpr std::string_view kFamilies[] = {"0ODQ", "8B", "2Z", "5S", "6G"};
    return std::any_of(std::begin(kFamilies), std::end(kFamilies), [&](std::string_view family) {
        return family.find(a) != std::string_view::npos && family.find(b) != std::string_view::npos;
    });
}

// True when `line` holds a letter in a field that allows digits too (a document number, optional
// data) where a read saw the digit of its shape (O, D or Q and 0; B and 8; Z and 2; S and 5; G
// and 6). The glyphs cannot tell them apart, and two such substitutions can leave the check
// digit holding (O for 0 in two cells weighted 7 and 3: a US card photo saved at JPEG quality 40
// was read IAUSAOO0000… for IAUSA000000…, every check digit holding).
bool digitOfItsShapeRead(const Reads& reads, const std::string& line, const std::vector<Kind>& kinds) {
    auto cells = cellReads(reads, line, kinds);
    bool seen = false;
    for (size_t c = 0; c < line.size() && !seen; ++c) {
        if (kinds[c] != Kind::Either || line[c] < 'A' || line[c] > 'Z') continue;
        seen = std::any_of(cells.begin(), cells.end(), [&](const std::string& read) {
            return read[c] >= '0' && read[c] <= '9' && glyphsConfuse(read[c], line[c]);
        });
    }
    for (auto& read : cells) wipe(read);
    return seen;
}

// True when `line` holds a letter beside filler in a field that allows digits too (optional data,
// a document number's end) that the glyphs, comparing that line, do not clearly read as that
// letter rather than the filler. The LSTM reads the filler as K or X, and K (20) is invisible to every check digit, two
// Xs (33) in cells weighted 7 and 3 too: the Slovenian card rotated by 1.5 degrees was read
// `…468K<` for `…468<<`, the German card saved at JPEG quality 40 `<<XX4` for `<<<<4`.
bool letterByFillerUnseen(const GlyphReads& glyphs, const std::string& line, const std::vector<Kind>& kinds) {
    if (!glyphsCover(glyphs, line)) return false;
    for (size_t c = 0; c < line.size(); ++c) {
        if (kinds[c] != Kind::Either || line[c] < 'A' || line[c] > 'Z') continue;
        const bool byFiller = (c > 0 && line[c - 1] == '<') || (c + 1 < line.size() && line[c + 1] == '<');
        if (byFiller && !glyphsPrefer(glyphs, line, c, line[c], '<', kGlyphOverruleMargin)) return true;
    }
    return false;
}

long countAt(const std::vector<std::string>& lines, size_t cell, char c) {
    return std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return l[cell] == c; });
}

// Each read's version of `wanted`, if it differs by at most a third of its characters. With the
// glyphs, a cell where the reads are split is settled as a tie between versions of a line is:
// where at least two reads saw the document's character there and the glyphs lean to it in every
// comparison (kGlyphTieMargin), another read's character there counts as the document's (the US
// card's `LIN` is read `L1N` by half the preparations, the glyphs lean to I in each).
std::vector<std::string> versions(const Reads& reads, const std::string& wanted, const std::vector<Kind>& kinds,
                                  const GlyphReads* glyphs = nullptr) {
    auto out = closestLines(reads, wanted, kinds, glyphs, wanted.size() / 3 + 1);
    if (!glyphs || out.empty()) return out;
    auto cells = cellReads(reads, wanted, kinds);
    for (size_t c = 0; c < wanted.size(); ++c) {
        if (countAt(cells, c, wanted[c]) < 2) continue;
        for (auto& version : out) {
            if (version[c] != wanted[c] && !glyphsConfuse(version[c], wanted[c]) &&
                glyphsPrefer(*glyphs, wanted, c, wanted[c], version[c], kGlyphTieMargin)) {
                version[c] = wanted[c];
            }
        }
    }
    for (auto& line : cells) wipe(line);
    return out;
}

}  // namespace

int score(const TravelDocument& document) {
    int valid = 0;
    for (const auto& check : document.checks) valid += check.valid ? 1 : 0;
    return 2 * valid + (document.nameUncertain ? 0 : 1);
}

bool confirmedByReads(const Reads& reads, const GlyphReads& glyphs, const TravelDocument& document) {
    const Kinds kinds = characterKinds(document);
    for (size_t i = 0; i < document.lines.size(); ++i) {
        const std::string& line = document.lines[i];
        // A character the glyphs clearly read as another is not proven, however often the LSTM
        // read it (its habitual confusions come out of every preparation alike); nor is one where
        // the LSTM's gridded lines disagree and the glyphs do not side with it.
        for (size_t c = 0; c < line.size(); ++c) {
            if (glyphOverrule(glyphs, line, c, kinds[i][c]) || !glyphsSettle(glyphs, line, c, kinds[i][c]))
                return false;
        }
        if (!glyphs.empty() &&
            (digitOfItsShapeRead(reads, line, kinds[i]) || letterByFillerUnseen(glyphs, line, kinds[i])))
            return false;
        const auto seen = versions(reads, line, kinds[i], &glyphs);
        const long agreeing = std::count(seen.begin(), seen.end(), line);
        if (agreeing < 2) return false;
        // Where another read saw another character, the glyphs must not lean to it. Two reads
        // alike are no proof when as many others agree on something else (the same confusion,
        // IDD read as IOD, can come out of two preparations of one band), unless the glyphs side
        // with the document at every character where the other version differs.
        for (const auto& version : seen) {
            if (version == line) continue;
            const bool tie = std::count(seen.begin(), seen.end(), version) >= agreeing;
            for (size_t c = 0; c < line.size(); ++c) {
                if (version[c] == line[c]) continue;
                if (glyphsPrefer(glyphs, line, c, version[c], line[c], kGlyphTieMargin)) return false;
                if (tie && !glyphsPrefer(glyphs, line, c, line[c], version[c], kGlyphTieMargin)) return false;
            }
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

std::optional<std::string> splitCellsSettled(const Reads& reads, const GlyphReads& glyphs,
                                             const TravelDocument& document) {
    const Kinds kinds = characterKinds(document);
    std::string text;
    bool changed = false;
    for (size_t i = 0; i < document.lines.size(); ++i) {
        const std::string& line = document.lines[i];
        auto seen = cellReads(reads, line, kinds[i]);
        std::string settled = line;
        for (size_t c = 0; c < line.size(); ++c) {
            long bestCount = 1;
            for (const auto& version : seen) {
                const char other = version[c];
                const long count = countAt(seen, c, other);
                if (other == line[c] || count <= bestCount || glyphsConfuse(other, line[c]) ||
                    !glyphsPrefer(glyphs, line, c, other, line[c], kGlyphTieMargin)) {
                    continue;
                }
                bestCount = count;
                settled[c] = other;
                changed = true;
            }
        }
        text += settled + "\n";
        wipe(settled);
        for (auto& version : seen) wipe(version);
    }
    if (!changed) {
        wipe(text);
        return std::nullopt;
    }
    return text;
}

void settlePartFinalKs(TravelDocument& document, const std::vector<SeenK>& seenKs, const GlyphReads& glyphs) {
    if (!document.nameUncertain || document.unprovenPartFinalKs.empty()) return;
    for (const auto& position : document.unprovenPartFinalKs) {
        const std::string& line = document.lines[position.first];
        const size_t column = position.second;
        const auto stems = std::count_if(seenKs.begin(), seenKs.end(),
                                         [&](const SeenK& k) { return k.column == column && k.line == line; });
        if (stems < 2 && !glyphsPrefer(glyphs, line, column, 'K', '<', kGlyphOverruleMargin)) return;
    }
    document.nameUncertain = false;
    document.unprovenPartFinalKs.clear();
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

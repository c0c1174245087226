#pragma once
// What the OCR-B glyph comparisons (mrz_glyphs.hpp) say about a document the LSTM's reads made:
// a second classifier, so that neither one's habitual confusion is taken as proof. A cell's
// verdict counts only when every comparison of it leans the same way and at least two of them
// (two preparations of the band) clear a margin.
#include <optional>
#include <string>
#include <vector>

#include "mrz_glyphs.hpp"
#include "scanners/travel_document.hpp"
#include "travel_mrz_kinds.hpp"

namespace scanners {

// One gridded line of one read: the LSTM's characters and each cell compared with the glyphs.
struct GlyphRead {
    std::string line;  // as the parser read it when the read parsed (letters fields as letters)
    std::vector<GlyphScores> scores;
};
using GlyphReads = std::vector<GlyphRead>;

void wipe(GlyphReads& reads);

// A glyph that matches a cell less than this (a cell the grid placed badly, a glyph the printer
// drew in another face) says nothing about it; printed OCR-B matches its glyph by 0.7 to 0.95.
constexpr float kGlyphMinMatch = 0.6f;

// True when the comparisons of the reads that cover `line` prefer `wanted` to `other` at `cell`:
// none prefers `other`, and at least two by `margin` with `wanted` matching at least
// kGlyphMinMatch.
bool glyphsPrefer(const GlyphReads& reads, const std::string& line, size_t cell, char wanted, char other, float margin);

// True when some comparison covers `line` (a gridded read of it, as long and differing in at
// most a third of its cells).
bool glyphsCover(const GlyphReads& reads, const std::string& line);

// A tie between the reads' versions of a line is settled when the glyphs lean to the document's
// character at every cell where they differ (a small margin: they only choose between two
// characters the LSTM itself read there).
constexpr float kGlyphTieMargin = 0.01f;
// A character the LSTM read is overruled only by a clear preference for another character of
// its kind (letters for letters, digits for digits; on OCR-B print a wrong glyph came within 0.035
// of the right one, the LSTM's habitual misreads, B read as G, lose by 0.1).
constexpr float kGlyphOverruleMargin = 0.05f;

// False when the LSTM's gridded lines that cover `line` saw another character at `cell` and the
// glyphs lean to it, or saw it as often as `line`'s and the glyphs do not lean to `line`'s.
bool glyphsSettle(const GlyphReads& reads, const std::string& line, size_t cell, Kind kind);

// The character the glyphs clearly prefer to `line`'s at `cell`, of the same kind (`kind`, and
// within Either fields the same class, letter or digit), if any.
std::optional<char> glyphOverrule(const GlyphReads& reads, const std::string& line, size_t cell, Kind kind);

// The document's text with every character the glyphs overrule replaced; nullopt when they
// overrule none.
std::optional<std::string> glyphCorrected(const GlyphReads& reads, const TravelDocument& document);

}  // namespace scanners

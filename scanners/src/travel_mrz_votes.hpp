#pragma once
// The reads of one zone weighed against each other: which version of each line the reads agree
// on, whether a document's lines were read alike often enough to be taken without a warning, and
// which combination of the reads' lines satisfies the most check digits.
#include <optional>
#include <string>
#include <vector>

#include "mrz_glyph_votes.hpp"
#include "scanners/travel_document.hpp"
#include "travel_mrz_kinds.hpp"

namespace scanners {

using Reads = std::vector<std::vector<std::string>>;  // each OCR read's cleaned lines

// Valid check digits first, then a name read cleanly.
int score(const TravelDocument& document);

// Every line given alike by at least two reads, and by more reads than any other version of
// it: a read that satisfies the check digits by chance (one in ten per digit, and many reads are
// tried), or a name line no check digit covers, is not taken on one read's word. The OCR-B glyph
// comparisons of the reads (`glyphs`; empty without the font) are a second opinion: a character
// they clearly read as another is not proven, one they clearly read as the document's counts as
// read so, and a tie between versions is settled where they side with the document throughout.
bool confirmedByReads(const Reads& reads, const GlyphReads& glyphs, const TravelDocument& document);

// Each line of the document replaced by the reads' most frequent version of it, when that was
// read at least twice and more often than the document's own: OCR misreads the filler as K in
// one read and not in the next.
std::string consensusText(const Reads& reads, const TravelDocument& document);

// The document with each character settled where the reads are split: another character read
// there by at least two reads (more than any other), to which the glyphs lean in every
// comparison (a tie settled as confirmedByReads settles it, here across letters and digits too:
// the LSTM itself read both). Nullopt when nothing changed. Only a candidate: its check digits
// must hold and its lines be read alike like any other's.
std::optional<std::string> splitCellsSettled(const Reads& reads, const GlyphReads& glyphs,
                                             const TravelDocument& document);

// A K the grid saw with a K's stem: the line as gridded and the K's column.
struct SeenK {
    std::string line;
    size_t column = 0;
};

// The parser flags a name part ending in K (OCR reads the filler after a name as K, twice alike
// on a clean page); when that is the only flaw and each such K was seen printed, the name is
// read ("ERIK", "MAREK", "MEULENDIJK"). Seen: two grid reads of the line saw a K's stem there,
// or the glyphs clearly read K rather than the filler (kGlyphOverruleMargin; a binarised 7 px K
// shows no whole stem, its glyph still matches K by 0.9 and the filler by 0.5).
void settlePartFinalKs(TravelDocument& document, const std::vector<SeenK>& seenKs, const GlyphReads& glyphs);

// Each read of a band may get a different line right, and no check digit spans two lines of a
// TD2/TD3 zone's name and data, nor a TD1 zone's name line: the reads' lines are combined, each
// combination judged by its own check digits (a stand-in name line while TD1's data lines are
// chosen, then each read name line with them).
std::optional<TravelDocument> combineReads(const std::vector<std::string>& pool, int thisYear);

}  // namespace scanners

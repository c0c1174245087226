#pragma once
// An MRZ is printed in a fixed pitch: every line is 30, 36 or 44 cells of the same width. The
// LSTM reads the text but not the count: it merges a long run of filler into fewer '<' (and so
// drops the check digit after it from its place), and inserts a stray glyph where the print is
// coarse. Placing each recognised character in the cell its position falls in gives the line
// its printed length back; cells nothing was read in become filler only beside filler.
#include <optional>
#include <string>
#include <vector>

#include "ocr_engine.hpp"
#include "scanners/pix.hpp"

namespace scanners {

// `line` (read with its symbols) laid on the zone's grid from its first character to the end
// of the ink of `binary` (the 1 bpp image that was read) on the line's rows, so that filler the
// LSTM left out at the end still counts. Nullopt when the line does not fit 30, 36 or 44 cells, when a
// cell between letters or digits is empty (a glyph was lost), or when too many characters fall
// into one cell.
struct GriddedLine {
    std::string text;
    std::vector<bool> stemmedK;  // per cell: a K whose glyph shows a K's stem (not a misread '<')
    // Where the cells lie in the image: cell i is centred at firstCentre + i * pitch, on the
    // line's rows top..bottom.
    float firstCentre = 0.0f, pitch = 0.0f;
    int top = 0, bottom = 0;
};
std::optional<GriddedLine> gridLine(const OcrTextLine& line, PIX* binary);

// The cells of `line`, which the LSTM read too badly to lay on the grid (glyphs inserted and
// merged in a 7 px zone), taken from `neighbour`, a line of the same zone that it could: every
// zone line starts at the same place and has the same pitch and length. Only the rows are the
// line's own. `text` is left empty (the glyph comparison reads these cells); nullopt when the
// line's rows are not beside the neighbour's or hold no ink.
std::optional<GriddedLine> gridAsNeighbour(const OcrTextLine& line, PIX* binary, const GriddedLine& neighbour);

}  // namespace scanners

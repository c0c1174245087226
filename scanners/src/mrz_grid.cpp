#include "mrz_grid.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace scanners {
namespace {

constexpr int kLineLengths[] = {30, 36, 44};
constexpr int kMinSymbols = 12;
// A count this far from a zone's line length is not a zone line.
constexpr int kLengthTolerance = 2;
// Ink this close (in pitches) beyond the outermost read character belongs to the line.
constexpr float kInkGapPitches = 1.6f;

float median(std::vector<float> values) {
    std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

// Columns of `binary` with ink on the line's rows (at least two pixels: a speck is not a glyph).
std::vector<bool> inkColumns(PIX* binary, int top, int bottom) {
    const int width = static_cast<int>(pixGetWidth(binary));
    const int height = static_cast<int>(pixGetHeight(binary));
    std::vector<int> counts(static_cast<size_t>(width), 0);
    top = std::max(0, top);
    bottom = std::min(height - 1, bottom);
    const l_uint32* data = pixGetData(binary);
    const int wpl = pixGetWpl(binary);
    for (int y = top; y <= bottom; ++y) {
        const l_uint32* row = data + y * wpl;
        for (int x = 0; x < width; ++x) counts[static_cast<size_t>(x)] += GET_DATA_BIT(row, x);
    }
    std::vector<bool> ink(counts.size());
    for (size_t x = 0; x < counts.size(); ++x) ink[x] = counts[x] >= 2;
    return ink;
}

// The rows the line's glyphs span (top of the capitals to the baseline): the outermost rows near
// the line's box whose ink, over the line's columns, is at least a fifth of the fullest row's
// (a speck or a neighbour's descender above or below does not widen it).
std::pair<int, int> capBand(PIX* binary, int left, int right, int top, int bottom) {
    const int height = static_cast<int>(pixGetHeight(binary));
    const int width = static_cast<int>(pixGetWidth(binary));
    const int slack = std::max(2, (bottom - top) / 8);
    const int y0 = std::max(0, top - slack), y1 = std::min(height - 1, bottom + slack);
    left = std::max(0, left);
    right = std::min(width - 1, right);
    std::vector<int> counts;
    const l_uint32* data = pixGetData(binary);
    const int wpl = pixGetWpl(binary);
    for (int y = y0; y <= y1; ++y) {
        int count = 0;
        for (int x = left; x <= right; ++x) count += GET_DATA_BIT(data + y * wpl, x) ? 1 : 0;
        counts.push_back(count);
    }
    if (counts.empty()) return {top, bottom};
    const int most = *std::max_element(counts.begin(), counts.end());
    if (most == 0) return {top, bottom};
    int first = 0, last = static_cast<int>(counts.size()) - 1;
    while (counts[static_cast<size_t>(first)] * 5 < most) ++first;
    while (counts[static_cast<size_t>(last)] * 5 < most) --last;
    return {y0 + first, y0 + last};
}

// The centre of a line's first cell, as its characters' boxes place the cells: `guess` (from
// the line's first ink, a little right of the cell's start when the line begins with a narrow I
// or 1) moved by the median offset of the letters and digits from the nearest cell centre.
float firstCellCentre(const std::vector<OcrSymbol>& symbols, float guess, float pitch) {
    std::vector<float> offsets;
    for (const auto& symbol : symbols) {
        if (symbol.ch == '<') continue;
        const float centre = static_cast<float>(symbol.left + symbol.right) / 2.0f - guess;
        offsets.push_back(centre - static_cast<float>(std::lround(centre / pitch)) * pitch);
    }
    return offsets.empty() ? guess : guess + median(offsets);
}

// Moves `edge` right over ink that lies within `gap` of the last ink seen.
int extendOverInk(const std::vector<bool>& ink, int edge, float gap) {
    int last = edge;
    for (int x = edge + 1; x < static_cast<int>(ink.size()); ++x) {
        if (static_cast<float>(x - last) > gap) break;
        if (ink[static_cast<size_t>(x)]) last = x;
    }
    return last;
}

// The ink rows of each column of `glyph` (1 bpp): first and last, -1 where the column is empty.
struct ColumnSpans {
    std::vector<int> first, last;
};

ColumnSpans columnSpans(PIX* glyph) {
    const int width = static_cast<int>(pixGetWidth(glyph));
    const int height = static_cast<int>(pixGetHeight(glyph));
    ColumnSpans spans{std::vector<int>(static_cast<size_t>(width), -1),
                      std::vector<int>(static_cast<size_t>(width), -1)};
    const l_uint32* data = pixGetData(glyph);
    const int wpl = pixGetWpl(glyph);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!GET_DATA_BIT(data + y * wpl, x)) continue;
            const auto i = static_cast<size_t>(x);
            if (spans.first[i] < 0) spans.first[i] = y;
            spans.last[i] = y;
        }
    }
    return spans;
}

// True when `glyph` (one connected piece of ink, cut to its box) is shaped as the filler '<':
// its left quarter (the tip) spans under half its height, its right quarter holds the ends of
// both arms and nothing across the middle. K, E, R, B have a stem at the left, X arms at both
// ends, C a bowl at the left, 1 and I a stem across the middle, T no lower arm.
bool chevronShaped(PIX* glyph) {
    const auto spans = columnSpans(glyph);
    const int width = static_cast<int>(spans.first.size());
    const int height = static_cast<int>(pixGetHeight(glyph));
    if (width < 4 || height < 6) return false;
    const auto span = [&](int from, int to) {
        int low = height, high = -1;
        for (int x = from; x < to; ++x) {
            const auto i = static_cast<size_t>(x);
            if (spans.first[i] < 0) continue;
            low = std::min(low, spans.first[i]);
            high = std::max(high, spans.last[i]);
        }
        return high < low ? 0 : high - low + 1;
    };
    // The arms' ends: ink in the right quarter near the top and near the bottom, none across
    // the middle (T and 7 have no lower arm, 1 and I their stem in the middle).
    const l_uint32* data = pixGetData(glyph);
    const int wpl = pixGetWpl(glyph);
    bool upper = false, lower = false;
    for (int x = width - std::max(1, width / 4); x < width; ++x) {
        for (int y = 0; y < height; ++y) {
            if (!GET_DATA_BIT(data + y * wpl, x)) continue;
            if (y * 20 >= height * 9 && y * 20 <= height * 11) return false;
            upper = upper || y * 10 < height * 3;
            lower = lower || y * 10 >= height * 7;
        }
    }
    return upper && lower && span(0, std::max(1, width / 4)) * 2 < height;
}

// True when `glyph` has a stem down its left side: a column of its left quarter inked over
// nearly its whole height (K, and never the filler's tip; an O or X, whose left columns are
// inked only at the top and bottom, neither).
bool stemAtLeft(PIX* glyph) {
    const int width = static_cast<int>(pixGetWidth(glyph));
    const int height = static_cast<int>(pixGetHeight(glyph));
    const l_uint32* data = pixGetData(glyph);
    const int wpl = pixGetWpl(glyph);
    for (int x = 0; x < std::max(1, width / 4); ++x) {
        int inked = 0;
        for (int y = 0; y < height; ++y) inked += GET_DATA_BIT(data + y * wpl, x) ? 1 : 0;
        if (inked * 20 >= height * 17) return true;
    }
    return false;
}

// The largest piece of ink in one cell (columns [x0, x1] of the line's rows), or null when the
// cell holds no glyph-sized ink. Only a piece of this cell's own is taken, so a neighbour's
// stroke reaching into the cell does not count.
PixPtr glyphInCell(PIX* binary, int x0, int x1, int top, int bottom, float pitch) {
    x0 = std::max(0, x0);
    x1 = std::min(static_cast<int>(pixGetWidth(binary)) - 1, x1);
    top = std::max(0, top);
    bottom = std::min(static_cast<int>(pixGetHeight(binary)) - 1, bottom);
    const int lineHeight = bottom - top + 1;
    if (x1 - x0 < 3 || lineHeight < 6) return nullptr;
    BOX* box = boxCreate(x0, top, x1 - x0 + 1, lineHeight);
    PixPtr cell = own(pixClipRectangle(binary, box, nullptr));
    boxDestroy(&box);
    if (!cell) return nullptr;
    PIXA* pieces = nullptr;
    BOXA* boxes = pixConnComp(cell.get(), &pieces, 8);
    boxaDestroy(&boxes);
    PixPtr largest;
    l_int32 most = 0;
    const int cellWidth = x1 - x0 + 1;
    for (int i = 0; pieces && i < pixaGetCount(pieces); ++i) {
        // Only a piece centred in the middle half of the cell is this cell's glyph; one off to
        // a side is a neighbour the grid's small error let in.
        l_int32 bx = 0, by = 0, bw = 0, bh = 0;
        if (pixaGetBoxGeometry(pieces, i, &bx, &by, &bw, &bh) != 0) continue;
        const int centre2 = 2 * bx + bw;
        if (centre2 < cellWidth / 2 || centre2 > cellWidth * 3 / 2) continue;
        // A piece running into the cell's edge goes on beyond it: glyphs the binarisation
        // joined, which no shape test can judge.
        if (bx == 0 || bx + bw >= cellWidth) continue;
        PixPtr piece = own(pixaGetPix(pieces, i, L_COPY));
        l_int32 count = 0;
        if (piece && pixCountPixels(piece.get(), &count, nullptr) == 0 && count > most) {
            most = count;
            largest = std::move(piece);
        }
    }
    pixaDestroy(&pieces);
    // A glyph spans half the line's height and a third of the pitch at least.
    if (!largest || static_cast<int>(pixGetHeight(largest.get())) * 2 < lineHeight ||
        static_cast<float>(pixGetWidth(largest.get())) * 3.0f < pitch) {
        return nullptr;
    }
    return largest;
}

}  // namespace

std::optional<GriddedLine> gridLine(const OcrTextLine& line, PIX* binary) {
    const auto& symbols = line.symbols;
    if (static_cast<int>(symbols.size()) < kMinSymbols || binary == nullptr || pixGetDepth(binary) != 1) {
        return std::nullopt;
    }
    std::vector<float> widths, steps;
    for (size_t i = 0; i < symbols.size(); ++i) {
        widths.push_back(static_cast<float>(symbols[i].right - symbols[i].left + 1));
        if (i > 0) {
            steps.push_back(
                static_cast<float>(symbols[i].left + symbols[i].right - symbols[i - 1].left - symbols[i - 1].right) /
                2.0f);
        }
    }
    const float glyph = median(widths);
    const float step = median(steps);
    if (step <= 1.0f) return std::nullopt;
    const auto ink = inkColumns(binary, line.top, line.bottom);
    // The first character is rarely lost (the LSTM drops filler at the end of a run), and
    // print beside a zone (a background pattern) must not become cells of it: the line starts
    // at the first ink within half a step of where the first character was read.
    int left = std::max(0, symbols.front().left);
    for (int x = std::max(0, left - static_cast<int>(step / 2.0f));
         x <= left + static_cast<int>(step / 2.0f) && x < static_cast<int>(ink.size()); ++x) {
        if (ink[static_cast<size_t>(x)]) {
            left = x;
            break;
        }
    }
    const int right = extendOverInk(ink, std::min(static_cast<int>(ink.size()) - 1, symbols.back().right),
                                    kInkGapPitches * step);
    const float span = static_cast<float>(right - left + 1) - glyph;
    const int count = static_cast<int>(std::lround(span / step)) + 1;
    const int* length = std::min_element(std::begin(kLineLengths), std::end(kLineLengths),
                                         [count](int a, int b) { return std::abs(a - count) < std::abs(b - count); });
    if (std::abs(*length - count) > kLengthTolerance) return std::nullopt;
    const float pitch = span / static_cast<float>(*length - 1);
    // Each character in the cell its centre falls in; of two in one cell, the one nearer its
    // centre (the other is a glyph the LSTM made up between two printed ones).
    std::vector<char> cells(static_cast<size_t>(*length), 0);
    std::vector<float> offsets(cells.size(), 0.0f);
    int collisions = 0;
    for (const auto& symbol : symbols) {
        const float centre = static_cast<float>(symbol.left + symbol.right) / 2.0f - static_cast<float>(left) -
                             glyph / 2.0f;
        const long index = std::lround(centre / pitch);
        if (index < 0 || index >= *length) return std::nullopt;
        const auto cell = static_cast<size_t>(index);
        const float offset = std::abs(centre - static_cast<float>(index) * pitch);
        if (cells[cell] != 0) {
            ++collisions;
            // The LSTM places the fillers of a merged run loosely; a letter or digit is where
            // it was seen.
            const bool fillerOverGlyph = symbol.ch == '<' && cells[cell] != '<';
            const bool glyphOverFiller = symbol.ch != '<' && cells[cell] == '<';
            if (fillerOverGlyph || (!glyphOverFiller && offset >= offsets[cell])) continue;
        }
        cells[cell] = symbol.ch;
        offsets[cell] = offset;
    }
    if (collisions * 6 > *length) return std::nullopt;
    // An empty cell beside filler is filler the LSTM merged; between other characters it is a
    // lost glyph, which nothing here can tell.
    std::string text(cells.size(), '<');
    for (size_t i = 0; i < cells.size(); ++i) {
        if (cells[i] != 0) {
            text[i] = cells[i];
            continue;
        }
        size_t before = i, after = i;
        while (before > 0 && cells[before] == 0) --before;
        while (after + 1 < cells.size() && cells[after] == 0) ++after;
        const bool fillerBefore = cells[before] == '<' || cells[before] == 0;
        const bool fillerAfter = cells[after] == '<' || cells[after] == 0;
        if (!fillerBefore && !fillerAfter) return std::nullopt;
    }
    // A letter where the print has a chevron is a misread filler (the LSTM reads '<' as K); a
    // cell filled as filler whose ink is some other glyph (a check digit the LSTM placed
    // elsewhere) means the line cannot be put on the grid. A K whose glyph has its stem is one.
    const auto band = capBand(binary, left, right, line.top, line.bottom);
    GriddedLine gridded{std::move(text),
                        std::vector<bool>(cells.size(), false),
                        firstCellCentre(symbols, static_cast<float>(left) + glyph / 2.0f, pitch),
                        pitch,
                        band.first,
                        band.second};
    for (size_t i = 0; i < gridded.text.size(); ++i) {
        char& ch = gridded.text[i];
        const bool letter = ch >= 'A' && ch <= 'Z';
        const bool filled = cells[i] == 0;
        if (!letter && !filled) continue;
        const float centre = static_cast<float>(left) + glyph / 2.0f + static_cast<float>(i) * pitch;
        const int x0 = static_cast<int>(std::ceil(centre - pitch / 2.0f));
        const int x1 = static_cast<int>(std::floor(centre + pitch / 2.0f));
        const PixPtr cellGlyph = glyphInCell(binary, x0, x1, line.top, line.bottom, pitch);
        if (!cellGlyph) continue;
        const bool chevron = chevronShaped(cellGlyph.get());
        if (filled && !chevron) return std::nullopt;
        if (letter && chevron) ch = '<';
        gridded.stemmedK[i] = ch == 'K' && stemAtLeft(cellGlyph.get());
    }
    return gridded;
}

std::optional<GriddedLine> gridAsNeighbour(const OcrTextLine& line, PIX* binary, const GriddedLine& neighbour) {
    if (binary == nullptr || pixGetDepth(binary) != 1 || neighbour.pitch <= 1.0f || neighbour.text.empty()) {
        return std::nullopt;
    }
    const int height = neighbour.bottom - neighbour.top + 1;
    const float last = neighbour.firstCentre + neighbour.pitch * static_cast<float>(neighbour.text.size() - 1);
    const int left = static_cast<int>(neighbour.firstCentre - neighbour.pitch / 2.0f);
    const int right = static_cast<int>(last + neighbour.pitch / 2.0f);
    const auto band = capBand(binary, left, right, line.top, line.bottom);
    // As high as the neighbour (within a quarter), and one to five line heights from it (the
    // third line of a TD1 zone is two lines from the first).
    const int bandHeight = band.second - band.first + 1;
    const int step = std::abs(band.first - neighbour.top);
    if (std::abs(bandHeight - height) * 4 > height || step < height || step > 5 * height) return std::nullopt;
    return GriddedLine{
        {},         std::vector<bool>(neighbour.text.size(), false), neighbour.firstCentre, neighbour.pitch, band.first,
        band.second};
}

}  // namespace scanners

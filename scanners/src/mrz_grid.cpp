#include "mrz_grid.hpp"

#include <algorithm>
#include <cmath>
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

// Moves `edge` right over ink that lies within `gap` of the last ink seen.
int extendOverInk(const std::vector<bool>& ink, int edge, float gap) {
    int last = edge;
    for (int x = edge + 1; x < static_cast<int>(ink.size()); ++x) {
        if (static_cast<float>(x - last) > gap) break;
        if (ink[static_cast<size_t>(x)]) last = x;
    }
    return last;
}

// True when the ink in columns [x0, x1] (one cell) of the line's rows is shaped as the filler '<': its
// left part (the chevron's tip) spans under half the line's height, its right part (the open
// arms) most of it. K, E, R, B have a full stem at the left and X has arms at both ends, so a
// letter OCR gave such a cell was a misread filler.
bool chevronAt(PIX* binary, int x0, int x1, int top, int bottom) {
    const int width = static_cast<int>(pixGetWidth(binary));
    x0 = std::max(0, x0);
    x1 = std::min(width - 1, x1);
    top = std::max(0, top);
    bottom = std::min(static_cast<int>(pixGetHeight(binary)) - 1, bottom);
    const int height = bottom - top + 1;
    if (x1 - x0 < 3 || height < 6) return false;
    const l_uint32* data = pixGetData(binary);
    const int wpl = pixGetWpl(binary);
    std::vector<int> first(static_cast<size_t>(x1 - x0 + 1), -1), last(first.size(), -1);
    for (int y = top; y <= bottom; ++y) {
        const l_uint32* row = data + y * wpl;
        for (int x = x0; x <= x1; ++x) {
            if (!GET_DATA_BIT(row, x)) continue;
            const auto i = static_cast<size_t>(x - x0);
            if (first[i] < 0) first[i] = y;
            last[i] = y;
        }
    }
    // The glyph's own columns within the cell.
    size_t from = 0, to = first.size();
    while (from < to && first[from] < 0) ++from;
    while (to > from && first[to - 1] < 0) --to;
    if (to - from < 3) return false;
    const size_t third = std::max<size_t>(1, (to - from) / 3);
    const auto span = [&](size_t a, size_t b) {
        int low = bottom + 1, high = top - 1;
        for (size_t i = a; i < b; ++i) {
            if (first[i] < 0) continue;
            low = std::min(low, first[i]);
            high = std::max(high, last[i]);
        }
        return high < low ? 0 : high - low + 1;
    };
    // The arms part towards the right: the right third has nothing across the middle (a '1',
    // whose flag could pass for a tip, has its stem there).
    const int middleTop = top + height * 2 / 5, middleBottom = top + height * 3 / 5;
    for (size_t i = to - third; i < to; ++i) {
        const int x = x0 + static_cast<int>(i);
        for (int y = middleTop; y <= middleBottom; ++y) {
            if (GET_DATA_BIT(data + y * wpl, x)) return false;
        }
    }
    return span(from, from + third) * 20 < height * 9 && span(to - third, to) * 10 > height * 6;
}

}  // namespace

std::optional<std::string> gridLine(const OcrTextLine& line, PIX* binary) {
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
    // print beside a zone (a background pattern) must not become cells of it.
    const int left = std::max(0, symbols.front().left);
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
    // A letter where the print has a chevron is a misread filler (the LSTM reads '<' as K).
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] < 'A' || text[i] > 'Z') continue;
        const float centre = static_cast<float>(left) + glyph / 2.0f + static_cast<float>(i) * pitch;
        const int x0 = static_cast<int>(std::ceil(centre - pitch / 2.0f));
        const int x1 = static_cast<int>(std::floor(centre + pitch / 2.0f));
        if (chevronAt(binary, x0, x1, line.top, line.bottom)) text[i] = '<';
    }
    return text;
}

}  // namespace scanners

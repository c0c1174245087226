#pragma once
// A second reader of MRZ cells, independent of Tesseract's LSTM: every MRZ is printed in OCR-B
// at a fixed pitch, so each cell of a zone laid on its grid can be compared with the 37 glyphs
// of the MRZ alphabet (A-Z, 0-9, '<') drawn from the OCR-B font itself. The comparison is soft,
// so that real print (heavier or lighter strokes, blur, a scan of 7 px glyphs enlarged) still
// matches its glyph: the cell and each glyph are sampled into the same small frame (one pitch
// wide, one cap height high), blurred, and compared by normalised correlation, the glyph drawn
// at several stroke weights and shifted by a pixel around the cell's ink centre.
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "scanners/pix.hpp"

namespace scanners {

// Where a zone line's cells lie in the image that was read: cell i centred at
// firstCentre + i * pitch, the capitals from top to bottom (the baseline).
struct MrzLineCells {
    float firstCentre = 0.0f, pitch = 0.0f;
    int top = 0, bottom = 0;
    size_t count = 0;
};

constexpr std::string_view kMrzGlyphs = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

// One cell's correlation (-1..1) with each glyph of kMrzGlyphs; all -1 when the cell holds no
// ink to compare.
using GlyphScores = std::array<float, kMrzGlyphs.size()>;

struct GlyphMatch {
    char best = 0;  // 0 when nothing in `allowed` could be compared
    float score = -1.0f;
    char second = 0;
    float secondScore = -1.0f;
};

// The best and second-best of the `allowed` characters.
GlyphMatch bestGlyph(const GlyphScores& scores, std::string_view allowed);

class OcrbGlyphs {
public:
    // The glyphs drawn from the font file; nullptr when it is missing or unreadable.
    static std::unique_ptr<OcrbGlyphs> load(const std::string& fontPath);
    // Loaded once from Debian's fonts-ocr-b; nullptr when the font is not installed (the zone
    // reader then works without this second opinion, as before).
    static const OcrbGlyphs* system();

    // The width of the printed glyphs (a printer's, or an image stretched for the LSTM), in
    // pixels of `grey` per frame pixel: the width at which the characters `read` (the LSTM's line
    // on the same grid) match best. Every line of a zone has the same.
    float fitWidth(PIX* grey, const MrzLineCells& cells, std::string_view read) const;

    // Each cell of the line of `grey` (8 bpp, ink dark) compared with every glyph, the glyphs
    // `glyphWidth` wide (fitWidth).
    std::vector<GlyphScores> readLine(PIX* grey, const MrzLineCells& cells, float glyphWidth) const;

    static constexpr int kWidth = 16;   // one pitch
    static constexpr int kHeight = 22;  // one cap height
    static constexpr int kMargin = 3;   // around it, for the shifts
    static constexpr int kFrameW = kWidth + 2 * kMargin;
    static constexpr int kFrameH = kHeight + 2 * kMargin;
    using Frame = std::array<float, static_cast<size_t>(kFrameW* kFrameH)>;

private:
    GlyphScores compare(PIX* grey, const MrzLineCells& cells, size_t index, float xScale) const;
    // Correlation of a sampled cell (ink centre cx, cy) with glyph g, at its best place and weight.
    float match(const Frame& frame, float cx, float cy, size_t g) const;
    float roughMatch(const Frame& frame, float cx, float cy, size_t g) const;  // one place, one weight

    struct Glyph {
        char ch = 0;
        std::vector<Frame> weights;      // the glyph at each stroke weight, blurred
        float inkX = 0.0f, inkY = 0.0f;  // its ink centre in the frame
    };
    std::vector<Glyph> m_glyphs;
};

}  // namespace scanners

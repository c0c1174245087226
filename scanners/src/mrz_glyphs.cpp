#include "mrz_glyphs.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <numeric>

namespace scanners {
namespace {

constexpr const char* kSystemFont = "/usr/share/fonts/opentype/ocr-b/OCRB.otf";
// The glyphs are drawn this large and reduced, so their edges are grey as in a photo.
constexpr int kDrawSize = 128;
// Stroke weights, in pixels of the large drawing (a stroke is about 12 there): thinned by 2,
// as drawn, thickened by 3 and by 6 (laser print, ink spread, blur of a small scan).
constexpr int kWeights[] = {-2, 0, 3, 6};
constexpr size_t kDrawnWeight = 1;
constexpr int kShiftSearch = 1;
// The printed glyphs' width relative to the pitch, tried once per line (OCR-B's advance is as
// wide as its capitals are high; printers and cards differ).
constexpr float kWidthFactors[] = {0.8f, 0.9f, 1.0f, 1.1f, 1.2f, 1.3f};
constexpr size_t kFitCells = 10;
// Glyphs compared closely in each cell (the rest are far off after the first comparison).
constexpr size_t kRefined = 8;
constexpr int kMaxShift = OcrbGlyphs::kMargin - kShiftSearch;

using Frame = OcrbGlyphs::Frame;

// Index of pixel (x, y) in a row-major buffer `width` wide.
constexpr size_t offset(int x, int y, int width) {
    return static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x);
}
constexpr size_t at(int x, int y) { return offset(x, y, OcrbGlyphs::kFrameW); }

// A binary image grown (radius > 0) or thinned (radius < 0) by a square of that radius.
std::vector<unsigned char> changeWeight(const std::vector<unsigned char>& ink, int w, int h, int radius) {
    if (radius == 0) return ink;
    const bool grow = radius > 0;
    const int r = std::abs(radius);
    const auto pass = [&](const std::vector<unsigned char>& in, bool horizontal) {
        std::vector<unsigned char> out(in.size());
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                bool any = !grow;
                for (int d = -r; d <= r; ++d) {
                    const int xx = horizontal ? x + d : x, yy = horizontal ? y : y + d;
                    const bool v = xx >= 0 && yy >= 0 && xx < w && yy < h && in[offset(xx, yy, w)] != 0;
                    any = grow ? (any || v) : (any && v);
                }
                out[offset(x, y, w)] = any ? 1 : 0;
            }
        }
        return out;
    };
    return pass(pass(ink, true), false);
}

// Blurred twice by [1 2 1]/4 along both axes (about one pixel of Gaussian blur).
void blur(Frame& frame) {
    for (int round = 0; round < 2; ++round) {
        for (const bool horizontal : {true, false}) {
            Frame out{};
            for (int y = 0; y < OcrbGlyphs::kFrameH; ++y) {
                for (int x = 0; x < OcrbGlyphs::kFrameW; ++x) {
                    const auto value = [&](int d) {
                        const int xx = std::clamp(horizontal ? x + d : x, 0, OcrbGlyphs::kFrameW - 1);
                        const int yy = std::clamp(horizontal ? y : y + d, 0, OcrbGlyphs::kFrameH - 1);
                        return frame[at(xx, yy)];
                    };
                    out[at(x, y)] = (value(-1) + 2.0f * value(0) + value(1)) / 4.0f;
                }
            }
            frame = out;
        }
    }
}

// The frame's values less their mean, scaled to unit length; false when it is flat.
bool normalise(Frame& frame) {
    const float mean = std::accumulate(frame.begin(), frame.end(), 0.0f) / static_cast<float>(frame.size());
    float sum = 0.0f;
    for (float& v : frame) {
        v -= mean;
        sum += v * v;
    }
    if (sum < 1e-6f) return false;
    const float scale = 1.0f / std::sqrt(sum);
    for (float& v : frame) v *= scale;
    return true;
}

// The ink centre of a frame (its values above the median: the paper).
void inkCentre(const Frame& frame, float& cx, float& cy) {
    Frame sorted = frame;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
    const float paper = sorted[sorted.size() / 2];
    float total = 0.0f;
    cx = cy = 0.0f;
    for (int y = 0; y < OcrbGlyphs::kFrameH; ++y) {
        for (int x = 0; x < OcrbGlyphs::kFrameW; ++x) {
            const float v = std::max(0.0f, frame[at(x, y)] - paper);
            total += v;
            cx += v * static_cast<float>(x);
            cy += v * static_cast<float>(y);
        }
    }
    if (total <= 0.0f) {
        cx = OcrbGlyphs::kFrameW / 2.0f;
        cy = OcrbGlyphs::kFrameH / 2.0f;
        return;
    }
    cx /= total;
    cy /= total;
}

// Ink (0 paper .. 1 black) of `grey` at (x, y), bilinear; outside the image, paper.
float inkAt(PIX* grey, float x, float y) {
    const int w = static_cast<int>(pixGetWidth(grey)), h = static_cast<int>(pixGetHeight(grey));
    const int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
    const float fx = x - static_cast<float>(x0), fy = y - static_cast<float>(y0);
    const l_uint32* data = pixGetData(grey);
    const int wpl = pixGetWpl(grey);
    const auto value = [&](int xx, int yy) {
        if (xx < 0 || yy < 0 || xx >= w || yy >= h) return 0.0f;
        return 1.0f - static_cast<float>(GET_DATA_BYTE(data + yy * wpl, xx)) / 255.0f;
    };
    return (1 - fy) * ((1 - fx) * value(x0, y0) + fx * value(x0 + 1, y0)) +
           fy * ((1 - fx) * value(x0, y0 + 1) + fx * value(x0 + 1, y0 + 1));
}

}  // namespace

std::unique_ptr<OcrbGlyphs> OcrbGlyphs::load(const std::string& fontPath) {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) return nullptr;
    FT_Face face = nullptr;
    std::unique_ptr<OcrbGlyphs> glyphs;
    if (FT_New_Face(library, fontPath.c_str(), 0, &face) == 0 && FT_Set_Pixel_Sizes(face, 0, kDrawSize) == 0 &&
        FT_Load_Char(face, 'H', FT_LOAD_RENDER) == 0) {
        // The frame: one advance wide, from the top of the capitals to the baseline high.
        const int cap = face->glyph->bitmap_top;
        const int advance = static_cast<int>(face->glyph->advance.x >> 6);
        const int mx = kMargin * advance / kWidth, my = kMargin * cap / kHeight;
        const int w = advance + 2 * mx, h = cap + 2 * my;
        glyphs.reset(new OcrbGlyphs());
        for (const char ch : kMrzGlyphs) {
            if (FT_Load_Char(face, static_cast<FT_ULong>(ch), FT_LOAD_RENDER) != 0) {
                glyphs.reset();
                break;
            }
            const FT_Bitmap& bitmap = face->glyph->bitmap;
            // A letter or digit fills the cap band (this font draws its digits taller than its
            // capitals, the MRZ prints them alike); the filler keeps its place within it.
            const bool filler = ch == '<';
            const int glyphTop = filler ? cap : face->glyph->bitmap_top;
            const float stretch = filler || bitmap.rows == 0
                                      ? 1.0f
                                      : static_cast<float>(cap) / static_cast<float>(bitmap.rows);
            std::vector<unsigned char> ink(static_cast<size_t>(w * h), 0);
            for (int y = my; y < my + cap; ++y) {
                const auto row = static_cast<unsigned>(static_cast<float>(y - my) / stretch) -
                                 static_cast<unsigned>(glyphTop - face->glyph->bitmap_top);
                if (row >= bitmap.rows) continue;
                for (unsigned col = 0; col < bitmap.width; ++col) {
                    const int x = mx + face->glyph->bitmap_left + static_cast<int>(col);
                    if (x < 0 || x >= w) continue;
                    ink[offset(x, y, w)] = bitmap.buffer[static_cast<long>(row) * bitmap.pitch + col] >= 128 ? 1 : 0;
                }
            }
            Glyph glyph{ch, {}, 0.0f, 0.0f};
            for (const int weight : kWeights) {
                const auto weighted = changeWeight(ink, w, h, weight);
                Frame frame{};
                // Each frame pixel the mean of the drawing's pixels it covers.
                std::array<int, static_cast<size_t>(kFrameW * kFrameH)> counts{};
                for (int y = 0; y < h; ++y) {
                    for (int x = 0; x < w; ++x) {
                        const int fx = std::min(kFrameW - 1, x * kFrameW / w);
                        const int fy = std::min(kFrameH - 1, y * kFrameH / h);
                        frame[at(fx, fy)] += weighted[offset(x, y, w)];
                        ++counts[at(fx, fy)];
                    }
                }
                for (size_t i = 0; i < frame.size(); ++i) frame[i] /= static_cast<float>(std::max(1, counts[i]));
                blur(frame);
                if (weight == 0) inkCentre(frame, glyph.inkX, glyph.inkY);
                if (!normalise(frame)) continue;
                glyph.weights.push_back(frame);
            }
            glyphs->m_glyphs.push_back(std::move(glyph));
        }
    }
    if (face) FT_Done_Face(face);
    FT_Done_FreeType(library);
    return glyphs;
}

const OcrbGlyphs* OcrbGlyphs::system() {
    static const std::unique_ptr<OcrbGlyphs> loaded = load(kSystemFont);
    return loaded.get();
}

namespace {

// The cell of `grey` sampled into a frame (four points a pixel), blurred and normalised, with its
// ink centre; false when the cell holds nothing to compare.
bool sampleCell(PIX* grey, const MrzLineCells& cells, size_t index, float xScale, Frame& frame, float& cx, float& cy) {
    const float centre = cells.firstCentre + static_cast<float>(index) * cells.pitch;
    const float yScale = static_cast<float>(cells.bottom - cells.top + 1) / OcrbGlyphs::kHeight;
    for (int y = 0; y < OcrbGlyphs::kFrameH; ++y) {
        for (int x = 0; x < OcrbGlyphs::kFrameW; ++x) {
            float sum = 0.0f;
            for (const float dy : {0.25f, 0.75f}) {
                for (const float dx : {0.25f, 0.75f}) {
                    const float ix = centre + (static_cast<float>(x) + dx - OcrbGlyphs::kFrameW / 2.0f) * xScale;
                    const float iy = static_cast<float>(cells.top) +
                                     (static_cast<float>(y) + dy - OcrbGlyphs::kMargin) * yScale;
                    sum += inkAt(grey, ix, iy);
                }
            }
            frame[at(x, y)] = sum / 4.0f;
        }
    }
    blur(frame);
    inkCentre(frame, cx, cy);
    return normalise(frame);
}

// Correlation of `frame` with `glyph` moved by (dx, dy).
float correlate(const Frame& frame, const Frame& glyph, int dx, int dy) {
    float sum = 0.0f;
    for (int y = std::max(0, dy); y < std::min(OcrbGlyphs::kFrameH, OcrbGlyphs::kFrameH + dy); ++y) {
        const float* row = &frame[at(0, y)];
        const float* moved = &glyph[at(0, y - dy)];
        for (int x = std::max(0, dx); x < std::min(OcrbGlyphs::kFrameW, OcrbGlyphs::kFrameW + dx); ++x) {
            sum += row[x] * moved[x - dx];
        }
    }
    return sum;
}

}  // namespace

float OcrbGlyphs::roughMatch(const Frame& frame, float cx, float cy, size_t g) const {
    const Glyph& glyph = m_glyphs[g];
    if (glyph.weights.empty()) return -1.0f;
    const int dx = std::clamp(static_cast<int>(std::lround(cx - glyph.inkX)), -kMaxShift, kMaxShift);
    const int dy = std::clamp(static_cast<int>(std::lround(cy - glyph.inkY)), -kMaxShift, kMaxShift);
    return correlate(frame, glyph.weights[std::min(glyph.weights.size() - 1, kDrawnWeight)], dx, dy);
}

float OcrbGlyphs::match(const Frame& frame, float cx, float cy, size_t g) const {
    const Glyph& glyph = m_glyphs[g];
    if (glyph.weights.empty()) return -1.0f;
    // The glyph moved onto the cell's ink centre, then a pixel either way at its drawn weight;
    // the other weights at the best place found.
    const int baseX = std::clamp(static_cast<int>(std::lround(cx - glyph.inkX)), -kMaxShift, kMaxShift);
    const int baseY = std::clamp(static_cast<int>(std::lround(cy - glyph.inkY)), -kMaxShift, kMaxShift);
    const Frame& drawn = glyph.weights[std::min(glyph.weights.size() - 1, kDrawnWeight)];
    float best = -1.0f;
    int bestX = baseX, bestY = baseY;
    for (int dy = baseY - kShiftSearch; dy <= baseY + kShiftSearch; ++dy) {
        for (int dx = baseX - kShiftSearch; dx <= baseX + kShiftSearch; ++dx) {
            const float score = correlate(frame, drawn, dx, dy);
            if (score > best) {
                best = score;
                bestX = dx;
                bestY = dy;
            }
        }
    }
    for (const auto& weight : glyph.weights) best = std::max(best, correlate(frame, weight, bestX, bestY));
    return best;
}

GlyphScores OcrbGlyphs::compare(PIX* grey, const MrzLineCells& cells, size_t index, float xScale) const {
    GlyphScores scores;
    scores.fill(-1.0f);
    Frame frame{};
    float cx = 0.0f, cy = 0.0f;
    if (!sampleCell(grey, cells, index, xScale, frame, cx, cy)) return scores;
    // Every glyph placed on the cell's ink centre at its drawn weight; only the closest few are
    // then moved and weighted (the others' first scores stand: they lose either way).
    for (size_t g = 0; g < m_glyphs.size(); ++g) scores[g] = roughMatch(frame, cx, cy, g);
    std::array<size_t, kMrzGlyphs.size()> order{};
    std::iota(order.begin(), order.end(), size_t{0});
    std::partial_sort(order.begin(), order.begin() + kRefined, order.end(),
                      [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    for (size_t k = 0; k < kRefined; ++k) scores[order[k]] = match(frame, cx, cy, order[k]);
    return scores;
}

float OcrbGlyphs::fitWidth(PIX* grey, const MrzLineCells& cells, std::string_view read) const {
    const float pitchScale = cells.pitch / kWidth;
    if (grey == nullptr || pixGetDepth(grey) != 8 || cells.pitch <= 1.0f || cells.bottom - cells.top < 5) {
        return pitchScale;
    }
    // Fitted on a few letters and digits the LSTM read, spread over the line.
    float bestScale = pitchScale, bestFit = -2.0f;
    for (const float factor : kWidthFactors) {
        float fit = 0.0f;
        int samples = 0;
        for (size_t i = 0; i < cells.count && i < read.size(); i += std::max<size_t>(1, cells.count / kFitCells)) {
            const size_t g = kMrzGlyphs.find(read[i]);
            if (g == std::string_view::npos || read[i] == '<') continue;
            Frame frame{};
            float cx = 0.0f, cy = 0.0f;
            if (!sampleCell(grey, cells, i, pitchScale * factor, frame, cx, cy)) continue;
            fit += match(frame, cx, cy, g);
            ++samples;
        }
        if (samples > 0 && fit / static_cast<float>(samples) > bestFit) {
            bestFit = fit / static_cast<float>(samples);
            bestScale = pitchScale * factor;
        }
    }
    return bestScale;
}

std::vector<GlyphScores> OcrbGlyphs::readLine(PIX* grey, const MrzLineCells& cells, float glyphWidth) const {
    std::vector<GlyphScores> line;
    if (grey == nullptr || pixGetDepth(grey) != 8 || cells.pitch <= 1.0f || cells.bottom - cells.top < 5 ||
        glyphWidth <= 0.0f) {
        return line;
    }
    for (size_t i = 0; i < cells.count; ++i) line.push_back(compare(grey, cells, i, glyphWidth));
    return line;
}

GlyphMatch bestGlyph(const GlyphScores& scores, std::string_view allowed) {
    GlyphMatch match;
    for (size_t g = 0; g < kMrzGlyphs.size(); ++g) {
        if (allowed.find(kMrzGlyphs[g]) == std::string_view::npos || scores[g] <= -1.0f) continue;
        if (match.best == 0 || scores[g] > match.score) {
            match.second = match.best;
            match.secondScore = match.score;
            match.best = kMrzGlyphs[g];
            match.score = scores[g];
        } else if (match.second == 0 || scores[g] > match.secondScore) {
            match.second = kMrzGlyphs[g];
            match.secondScore = scores[g];
        }
    }
    return match;
}

}  // namespace scanners

#include "mrz_band.hpp"

#include <algorithm>
#include <cmath>

#include "preprocess.hpp"

namespace scanners {
namespace {

// The band search works on a copy this wide: a 250 px scan is enlarged (its 7 px glyphs become
// about 30 px, which the closing below joins reliably), a 12 MP photo reduced.
constexpr float kWorkWidth = 1200.0f;
constexpr float kMaxEnlargement = 5.0f;
// A zone line spans most of its document; a document may fill a third of the photo's width.
constexpr float kMinLineShare = 0.28f;
constexpr int kMinLineAspect = 10;
constexpr size_t kMaxBands = 3;

struct Box {
    int x, y, w, h;
};

std::vector<Box> lineBlobs(PIX* binary, int workWidth) {
    // Glyphs of one line joined into one blob (the gap between OCR-B glyphs is under half their
    // height; a 1 px high brick never joins two lines).
    const int join = std::max(9, workWidth / 40);
    PixPtr closed = own(pixCloseBrick(nullptr, binary, join, 1));
    if (!closed) return {};
    BOXA* boxes = pixConnComp(closed.get(), nullptr, 8);
    std::vector<Box> blobs;
    for (int i = 0; boxes && i < boxaGetCount(boxes); ++i) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (h >= 5 && static_cast<float>(w) >= kMinLineShare * static_cast<float>(workWidth) &&
            w >= kMinLineAspect * h && h <= workWidth / 12) {
            blobs.push_back({x, y, w, h});
        }
    }
    boxaDestroy(&boxes);
    std::sort(blobs.begin(), blobs.end(), [](const Box& a, const Box& b) { return a.y < b.y; });
    return blobs;
}

// True when `below` can be the next line of the zone after `above`: as wide (within a fifth),
// as high (within half: a card's dark edge under the zone is a long, thin blob too), starting
// at the same place, one to three line heights lower.
bool nextLine(const Box& above, const Box& below) {
    const int wider = std::max(above.w, below.w);
    const int h = std::max(above.h, below.h);
    const int step = below.y - above.y;
    return std::abs(above.w - below.w) * 5 <= wider && std::abs(above.x - below.x) * 10 <= wider &&
           std::min(above.h, below.h) * 3 >= h * 2 && step * 10 >= h * 9 && step <= 3 * h;
}

}  // namespace

std::vector<MrzBand> findMrzBands(PIX* grey) {
    const int width = pixGetWidth(grey);
    if (width <= 0) return {};
    const float scale = std::min(kMaxEnlargement, kWorkWidth / static_cast<float>(width));
    PixPtr work = own(pixScale(grey, scale, scale));
    PixPtr binary = work ? binarize(work.get()) : nullptr;
    if (!binary) return {};
    auto blobs = lineBlobs(binary.get(), pixGetWidth(work.get()));
    if (blobs.size() < 2) {
        // A pale zone on a patterned page (light grey print under a laminate): the background
        // flattened first, then a lower Sauvola factor keeps faint glyphs.
        PixPtr flat = own(pixBackgroundNormSimple(work.get(), nullptr, nullptr));
        PIX* faint = nullptr;
        if (flat && pixSauvolaBinarizeTiled(flat.get(), 15, 0.15f, 1, 1, nullptr, &faint) == 0) {
            PixPtr owned = own(faint);
            blobs = lineBlobs(owned.get(), pixGetWidth(work.get()));
        }
    }
    std::vector<MrzBand> bands;
    for (size_t i = 0; i < blobs.size(); ++i) {
        // The longest chain of zone-like lines starting here (two or three lines).
        std::vector<Box> chain{blobs[i]};
        for (size_t j = i + 1; j < blobs.size() && chain.size() < 3; ++j) {
            if (nextLine(chain.back(), blobs[j])) chain.push_back(blobs[j]);
        }
        if (chain.size() < 2) continue;
        Box all = chain.front();
        int heights = 0;
        for (const auto& b : chain) {
            const int right = std::max(all.x + all.w, b.x + b.w);
            const int bottom = std::max(all.y + all.h, b.y + b.h);
            all.x = std::min(all.x, b.x);
            all.y = std::min(all.y, b.y);
            all.w = right - all.x;
            all.h = bottom - all.y;
            heights += b.h;
        }
        const auto back = [scale](int v) { return static_cast<int>(std::lround(static_cast<float>(v) / scale)); };
        bands.push_back({back(all.x), back(all.y), back(all.x + all.w), back(all.y + all.h),
                         std::max(1, back(heights / static_cast<int>(chain.size()))), static_cast<int>(chain.size())});
    }
    // The zone is at the bottom of its document: the lowest bands first, and a band that is a
    // piece of a longer one dropped.
    std::sort(bands.begin(), bands.end(), [](const MrzBand& a, const MrzBand& b) { return a.bottom > b.bottom; });
    std::vector<MrzBand> distinct;
    for (const auto& band : bands) {
        const bool inside = std::any_of(distinct.begin(), distinct.end(), [&](const MrzBand& d) {
            return band.top >= d.top - d.lineHeight && band.bottom <= d.bottom + d.lineHeight;
        });
        if (!inside) distinct.push_back(band);
        if (distinct.size() == kMaxBands) break;
    }
    return distinct;
}

}  // namespace scanners

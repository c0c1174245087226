#include "paper_region.hpp"

#include <algorithm>
#include <array>

#include "scanners/wipe.hpp"

namespace scanners {
namespace {

constexpr int kReducedLongSide = 700;
// Paper and background this close in brightness are one surface: the frame is all paper.
constexpr double kMinContrast = 40.0;
// A page smaller than this share of the frame is too far away to be legible, or is not a page.
constexpr double kMinPaperShare = 0.12;

struct Split {
    int threshold = 128;
    double darkMean = 0, lightMean = 0;
};

// Otsu's threshold over the grey histogram, with the two class means.
Split otsu(PIX* grey) {
    std::array<double, 256> histogram{};
    const int w = pixGetWidth(grey), h = pixGetHeight(grey), wpl = pixGetWpl(grey);
    const l_uint32* data = pixGetData(grey);
    for (int y = 0; y < h; ++y) {
        const l_uint32* line = data + y * wpl;
        for (int x = 0; x < w; ++x) histogram[GET_DATA_BYTE(line, x)] += 1;
    }
    double total = 0, sum = 0;
    for (int i = 0; i < 256; ++i) {
        total += histogram[i];
        sum += i * histogram[i];
    }
    Split best;
    double bestVariance = -1, darkCount = 0, darkSum = 0;
    for (int t = 0; t < 255; ++t) {
        darkCount += histogram[t];
        darkSum += t * histogram[t];
        const double lightCount = total - darkCount;
        if (darkCount == 0 || lightCount == 0) continue;
        const double darkMean = darkSum / darkCount, lightMean = (sum - darkSum) / lightCount;
        const double variance = darkCount * lightCount * (darkMean - lightMean) * (darkMean - lightMean);
        if (variance > bestVariance) {
            bestVariance = variance;
            best = Split{t + 1, darkMean, lightMean};
        }
    }
    return best;
}

// The largest 8-connected component of `binary`, alone in an image of the same size.
PixPtr largestComponent(PIX* binary, BOX** where) {
    PIXA* parts = nullptr;
    BOXA* boxes = pixConnComp(binary, &parts, 8);
    PixPtr out;
    if (boxes != nullptr && parts != nullptr) {
        int best = -1;
        long bestArea = 0;
        for (int i = 0; i < boxaGetCount(boxes); ++i) {
            l_int32 x = 0, y = 0, w = 0, h = 0;
            boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
            if (static_cast<long>(w) * h > bestArea) {
                bestArea = static_cast<long>(w) * h;
                best = i;
            }
        }
        if (best >= 0) {
            out = own(pixCreate(pixGetWidth(binary), pixGetHeight(binary), 1));
            PixPtr part = own(pixaGetPix(parts, best, L_CLONE));
            *where = boxaGetBox(boxes, best, L_COPY);
            l_int32 x = 0, y = 0, w = 0, h = 0;
            boxGetGeometry(*where, &x, &y, &w, &h);
            pixRasterop(out.get(), x, y, w, h, PIX_SRC, part.get(), 0, 0);
        }
    }
    // The components hold the page's text as holes: wiped like every other image of it.
    for (int i = 0; parts != nullptr && i < pixaGetCount(parts); ++i) {
        PIX* part = pixaGetPixArray(parts)[i];
        wipeBytes(pixGetData(part), static_cast<size_t>(pixGetWpl(part)) * 4u * static_cast<size_t>(pixGetHeight(part)));
    }
    pixaDestroy(&parts);
    boxaDestroy(&boxes);
    return out;
}

}  // namespace

std::optional<PaperRegion> findPaper(PIX* grey) {
    const int width = pixGetWidth(grey), height = pixGetHeight(grey);
    const float scale = std::min(1.0f, static_cast<float>(kReducedLongSide) /
                                           static_cast<float>(std::max(width, height)));
    PixPtr small = own(pixScale(grey, scale, scale));
    if (!small) return std::nullopt;
    const Split split = otsu(small.get());
    PaperRegion region;
    if (split.lightMean - split.darkMean < kMinContrast) {
        region.mask = own(pixCreate(width, height, 1));
        pixSetAll(region.mask.get());
        region.width = width;
        region.height = height;
        return region;
    }
    // Light pixels become foreground; an opening removes speckles that would bridge the paper
    // to light spots on the desk.
    PixPtr light = own(pixThresholdToBinary(small.get(), split.threshold));
    if (!light) return std::nullopt;
    pixInvert(light.get(), light.get());
    PixPtr opened = own(pixOpenBrick(nullptr, light.get(), 5, 5));
    BOX* box = nullptr;
    PixPtr paper = opened ? largestComponent(opened.get(), &box) : PixPtr();
    if (!paper || box == nullptr) return std::nullopt;
    l_int32 bx = 0, by = 0, bw = 0, bh = 0;
    boxGetGeometry(box, &bx, &by, &bw, &bh);
    boxDestroy(&box);
    const double share = static_cast<double>(bw) * bh /
                         (static_cast<double>(pixGetWidth(small.get())) * pixGetHeight(small.get()));
    if (share < kMinPaperShare) return std::nullopt;
    // Text and pictures on the paper are dark holes in it: they belong to the page.
    PixPtr holes = own(pixHolesByFilling(paper.get(), 4));
    if (holes) pixOr(paper.get(), paper.get(), holes.get());
    // The outline is jagged by a reduced pixel once scaled up: pulling it in by one keeps
    // slivers of desk (dark lines along the edges) out of the page.
    pixErodeBrick(paper.get(), paper.get(), 3, 3);
    region.mask = own(pixScaleToSize(paper.get(), width, height));
    if (!region.mask) return std::nullopt;
    const float back = 1.0f / scale;
    region.x = std::max(0, static_cast<int>(static_cast<float>(bx) * back));
    region.y = std::max(0, static_cast<int>(static_cast<float>(by) * back));
    region.width = std::min(width - region.x, static_cast<int>(static_cast<float>(bw) * back + 0.5f));
    region.height = std::min(height - region.y, static_cast<int>(static_cast<float>(bh) * back + 0.5f));
    return region;
}

}  // namespace scanners

#include "preprocess.hpp"

#include <algorithm>
#include <cmath>

namespace scanners {
namespace {

constexpr float kSkewSweepDegrees = 20.0f;
// Below this Leptonica confidence the text lines did not agree on a skew: leave the image.
constexpr float kMinSkewConfidence = 2.5f;
constexpr float kMinSkewDegrees = 0.2f;

// The card search works at a quarter of the photo's size; the card must cover 8-97 % of it.
constexpr int kCardReduction = 4;
constexpr float kMinCardShare = 0.08f;
constexpr float kMaxCardShare = 0.97f;

}  // namespace

PixPtr cardOnly(PIX* grey) {
    const float reduce = 1.0f / kCardReduction;
    PixPtr small = own(pixScaleAreaMap(grey, reduce, reduce));
    if (!small) return nullptr;
    // The card's ground is lighter than the desk: split the grey levels where the two
    // populations meet, keep the bright side, join it across its print (closing) and take the
    // largest bright blob with its holes (text, portrait, chip) filled.
    l_int32 threshold = 0;
    if (pixSplitDistributionFgBg(small.get(), 0.1f, 1, &threshold, nullptr, nullptr, nullptr) != 0) {
        return nullptr;
    }
    PixPtr dark = own(pixThresholdToBinary(small.get(), threshold));
    if (!dark) return nullptr;
    PixPtr bright = own(pixInvert(nullptr, dark.get()));
    // A photo that is (nearly) all one level has no split, hence no card to tell apart.
    l_int32 brightCount = 0;
    if (!bright || pixCountPixels(bright.get(), &brightCount, nullptr) != 0) return nullptr;
    const float brightShare = static_cast<float>(brightCount) /
                              static_cast<float>(pixGetWidth(small.get()) * pixGetHeight(small.get()));
    if (brightShare < kMinCardShare || brightShare > kMaxCardShare) return nullptr;
    PixPtr joined = own(pixCloseBrick(nullptr, bright.get(), 7, 7));
    PixPtr clean = joined ? own(pixOpenBrick(nullptr, joined.get(), 5, 5)) : nullptr;
    if (!clean) return nullptr;
    PIXA* blobs = nullptr;
    BOXA* boxes = pixConnComp(clean.get(), &blobs, 8);
    int largest = -1;
    l_int32 largestArea = 0;
    for (int i = 0; boxes && i < boxaGetCount(boxes); ++i) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (w * h > largestArea) {
            largestArea = w * h;
            largest = i;
        }
    }
    PixPtr blob = largest >= 0 ? own(pixaGetPix(blobs, largest, L_COPY)) : nullptr;
    l_int32 bx = 0, by = 0, bw = 0, bh = 0;
    if (blob) boxaGetBoxGeometry(boxes, largest, &bx, &by, &bw, &bh);
    boxaDestroy(&boxes);
    pixaDestroy(&blobs);
    const float share = static_cast<float>(bw * bh) /
                        static_cast<float>(pixGetWidth(small.get()) * pixGetHeight(small.get()));
    if (!blob || share < kMinCardShare || share > kMaxCardShare) return nullptr;
    PixPtr holes = own(pixHolesByFilling(blob.get(), 4));
    if (!holes) return nullptr;
    pixOr(holes.get(), holes.get(), blob.get());
    // Back in photo pixels, one reduced pixel wider all round: the outline is blurred and the
    // closing trims it.
    PixPtr framed = own(pixAddBorder(holes.get(), 1, 0));
    PixPtr mask = framed ? own(pixExpandReplicate(framed.get(), kCardReduction)) : nullptr;
    PixPtr wide = mask ? own(pixDilateBrick(nullptr, mask.get(), 2 * kCardReduction + 1,
                                            2 * kCardReduction + 1))
                       : nullptr;
    if (!wide) return nullptr;
    const int left = (bx - 1) * kCardReduction, top = (by - 1) * kCardReduction;
    BOX* box = boxCreate(left, top, pixGetWidth(wide.get()), pixGetHeight(wide.get()));
    BOX* clipped = nullptr;
    PixPtr crop = own(pixClipRectangle(grey, box, &clipped));
    boxDestroy(&box);
    if (!crop || !clipped) {
        boxDestroy(&clipped);
        return nullptr;
    }
    // Outside the card (the desk around a tilted card) becomes white paper to skew and OCR.
    l_int32 cx, cy, cw, ch;
    boxGetGeometry(clipped, &cx, &cy, &cw, &ch);
    BOX* inMask = boxCreate(cx - left, cy - top, cw, ch);
    boxDestroy(&clipped);
    PixPtr cardMask = own(pixClipRectangle(wide.get(), inMask, nullptr));
    boxDestroy(&inMask);
    if (!cardMask || pixGetWidth(cardMask.get()) != cw || pixGetHeight(cardMask.get()) != ch) {
        return nullptr;
    }
    pixInvert(cardMask.get(), cardMask.get());
    pixPaintThroughMask(crop.get(), cardMask.get(), 0, 0, 255);
    return crop;
}

PixPtr binarize(PIX* grey) {
    PIX* binary = nullptr;
    // 15 px half-window: wider than a stroke, narrower than a glare spot's gradient.
    if (pixSauvolaBinarizeTiled(grey, 15, 0.34f, 1, 1, nullptr, &binary) != 0) return nullptr;
    return own(binary);
}

PixPtr deskew(PIX* grey) {
    PixPtr binary = binarize(grey);
    l_float32 angle = 0, confidence = 0;
    // The coarse sweep at a quarter size, the fine search at full size: searching at half size
    // too left a tilted card's small print below the confidence floor (2.3 against 12.5).
    if (!binary || pixFindSkewSweepAndSearch(binary.get(), &angle, &confidence, 4, 1,
                                             kSkewSweepDegrees, 1.0f, 0.01f) != 0 ||
        confidence < kMinSkewConfidence || std::abs(angle) < kMinSkewDegrees) {
        return own(pixCopy(nullptr, grey));
    }
    constexpr float kRadiansPerDegree = 3.14159265f / 180.0f;
    return own(pixRotate(grey, angle * kRadiansPerDegree, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE,
                         0, 0));
}

PixPtr cropScaled(PIX* grey, int left, int top, int right, int bottom, int lineHeight,
                  int targetLineHeight) {
    left = std::max(0, left);
    top = std::max(0, top);
    right = std::min(pixGetWidth(grey), right);
    bottom = std::min(pixGetHeight(grey), bottom);
    if (right - left < 8 || bottom - top < 8 || lineHeight <= 0) return nullptr;
    BOX* box = boxCreate(left, top, right - left, bottom - top);
    PixPtr crop = own(pixClipRectangle(grey, box, nullptr));
    boxDestroy(&box);
    if (!crop) return nullptr;
    const float scale = static_cast<float>(targetLineHeight) / static_cast<float>(lineHeight);
    if (std::abs(scale - 1.0f) < 0.05f) return crop;
    return own(pixScale(crop.get(), scale, scale));
}

}  // namespace scanners

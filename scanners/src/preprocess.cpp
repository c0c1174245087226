#include "preprocess.hpp"

#include <algorithm>
#include <cmath>

namespace scanners {
namespace {

constexpr float kSkewSweepDegrees = 20.0f;
// Below this Leptonica confidence the text lines did not agree on a skew: leave the image.
constexpr float kMinSkewConfidence = 2.5f;
constexpr float kMinSkewDegrees = 0.2f;

}  // namespace

PixPtr binarize(PIX* grey) {
    PIX* binary = nullptr;
    // 15 px half-window: wider than a stroke, narrower than a glare spot's gradient.
    if (pixSauvolaBinarizeTiled(grey, 15, 0.34f, 1, 1, nullptr, &binary) != 0) return nullptr;
    return own(binary);
}

PixPtr deskew(PIX* grey) {
    PixPtr binary = binarize(grey);
    l_float32 angle = 0, confidence = 0;
    if (!binary || pixFindSkewSweepAndSearch(binary.get(), &angle, &confidence, 4, 2,
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

// zxing-cpp 1.4: text() is std::wstring unless ZX_USE_UTF8 is defined before its headers.
#define ZX_USE_UTF8 1
#include "qr_reader.hpp"

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cmath>

#include "scanners/wipe.hpp"

namespace scanners {
namespace {

// The patch search works on a quarter-size edge map: a QR there is a solid square of edges
// 20-150 px wide, text lines are long thin bars, the portrait and the card's plain ground
// have no edges at all.
constexpr int kPatchReduction = 4;
constexpr int kEdgeThreshold = 30;    // Sobel magnitude of a blurred module edge on any ground
constexpr int kMinPatchSide = 20;     // 80 px in the photo: below, no QR we could read
constexpr float kMaxAspect = 1.6f;    // a QR seen at up to ±15° and in perspective stays squarish
constexpr float kMinFill = 0.6f;      // share of the box that is edges: modules fill their square
constexpr size_t kMaxPatches = 3;

// Scale and unsharp mask (half-width, fraction) for a close-up: on the hard photos one of the
// two recovered each code that any setting recovered, except one blurred below two pixels a module.
struct CloseUp {
    float scale;
    int halfWidth;
    float fraction;
};
constexpr CloseUp kCloseUps[] = {{2.0f, 6, 2.0f}, {3.0f, 9, 2.0f}};

// Scale and neighbourhood half-width (in photo pixels) for a thresholded close-up: on 13 webcam
// Căn cước fronts (QR at 1.9-2.3 px a module) that every earlier pass missed, the first three
// recovered 8 (each alone 5 or 6); of 11 that those missed, 4× recovered 2. Half-widths of 1.5
// and 3 px, offsets from the mean and sharpening first recovered none these did not.
struct Threshold {
    float scale;
    float halfWidth;
};
constexpr Threshold kThresholds[] = {{2.0f, 2.0f}, {3.0f, 2.0f}, {3.0f, 2.5f}, {4.0f, 2.0f}};

std::vector<BOX*> qrPatches(PIX* grey) {
    std::vector<BOX*> patches;
    const float reduce = 1.0f / kPatchReduction;
    PixPtr small = own(pixScaleAreaMap(grey, reduce, reduce));
    PixPtr edges = small ? own(pixSobelEdgeFilter(small.get(), L_ALL_EDGES)) : nullptr;
    PixPtr mask = edges ? own(pixThresholdToBinary(edges.get(), kEdgeThreshold)) : nullptr;
    if (!mask) return patches;
    pixInvert(mask.get(), mask.get());  // 1 = an edge
    // Closing joins a code's modules into one blob; opening then removes text strokes and noise.
    PixPtr closed = own(pixCloseBrick(nullptr, mask.get(), 5, 5));
    PixPtr blobs = closed ? own(pixOpenBrick(nullptr, closed.get(), 5, 5)) : nullptr;
    if (!blobs) return patches;
    BOXA* boxes = pixConnComp(blobs.get(), nullptr, 8);
    if (!boxes) return patches;
    const int maxSide = std::min(pixGetWidth(blobs.get()), pixGetHeight(blobs.get())) * 3 / 5;
    std::vector<std::pair<int, BOX*>> found;  // by area, largest first
    for (int i = 0; i < boxaGetCount(boxes); ++i) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        const float aspect = static_cast<float>(w) / static_cast<float>(h);
        if (w < kMinPatchSide || h < kMinPatchSide || w > maxSide || h > maxSide ||
            aspect > kMaxAspect || aspect < 1.0f / kMaxAspect) {
            continue;
        }
        BOX* box = boxCreate(x, y, w, h);
        PIX* blob = pixClipRectangle(blobs.get(), box, nullptr);
        l_int32 set = 0;
        if (blob) pixCountPixels(blob, &set, nullptr);
        pixDestroy(&blob);
        boxDestroy(&box);
        if (static_cast<float>(set) < kMinFill * static_cast<float>(w * h)) continue;
        // Back to photo pixels with a sixth of a side around: zxing needs the quiet zone.
        const int margin = w * kPatchReduction / 6;
        found.emplace_back(w * h, boxCreate(x * kPatchReduction - margin, y * kPatchReduction - margin,
                                            w * kPatchReduction + 2 * margin,
                                            h * kPatchReduction + 2 * margin));
    }
    boxaDestroy(&boxes);
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [area, box] : found) {
        if (patches.size() < kMaxPatches) {
            patches.push_back(box);
        } else {
            boxDestroy(&box);
        }
    }
    return patches;
}

// 0 where a pixel is darker than the mean of the (2 * half + 1)² square around it, 255 elsewhere.
PixPtr belowLocalMean(PIX* grey, int half) {
    PixPtr mean = own(pixBlockconvGray(grey, nullptr, half, half));
    PixPtr out = mean ? own(pixCreate(pixGetWidth(grey), pixGetHeight(grey), 8)) : nullptr;
    if (!out) return nullptr;
    for (int y = 0; y < pixGetHeight(grey); ++y) {
        const l_uint32* in = pixGetData(grey) + y * pixGetWpl(grey);
        const l_uint32* around = pixGetData(mean.get()) + y * pixGetWpl(mean.get());
        l_uint32* line = pixGetData(out.get()) + y * pixGetWpl(out.get());
        for (int x = 0; x < pixGetWidth(grey); ++x) {
            SET_DATA_BYTE(line, x, GET_DATA_BYTE(in, x) < GET_DATA_BYTE(around, x) ? 0 : 255);
        }
    }
    return out;
}

std::vector<std::string> decode(PIX* grey, ZXing::Binarizer binarizer) {
    // Leptonica packs pixels into native-endian 32-bit words, so the bytes of a row are not in
    // pixel order on little-endian machines: copy them out for zxing's plain byte layout.
    const int width = pixGetWidth(grey);
    const int height = pixGetHeight(grey);
    std::vector<unsigned char> luminance(static_cast<size_t>(width) * static_cast<size_t>(height));
    for (int y = 0; y < height; ++y) {
        const l_uint32* line = pixGetData(grey) + y * pixGetWpl(grey);
        for (int x = 0; x < width; ++x) {
            luminance[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)] =
                static_cast<unsigned char>(GET_DATA_BYTE(line, x));
        }
    }
    const ZXing::ImageView view(luminance.data(), width, height, ZXing::ImageFormat::Lum);
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true)
                           .setBinarizer(binarizer)
                           .setCharacterSet("UTF-8");
    std::vector<std::string> texts;
    for (const auto& result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid()) texts.push_back(result.text());
    }
    wipe(luminance);
    return texts;
}

}  // namespace

std::vector<std::string> readQrTextsThresholded(PIX* grey) {
    std::vector<std::string> texts;
    auto patches = qrPatches(grey);
    for (BOX* box : patches) {
        PixPtr crop = texts.empty() ? own(pixClipRectangle(grey, box, nullptr)) : nullptr;
        for (const auto& threshold : kThresholds) {
            if (!crop || !texts.empty()) break;
            PixPtr large = own(pixScaleGrayLI(crop.get(), threshold.scale, threshold.scale));
            const int half = static_cast<int>(std::lround(threshold.halfWidth * threshold.scale));
            PixPtr binary = large ? belowLocalMean(large.get(), half) : nullptr;
            // Already black and white: zxing's own binariser would only blur the decision.
            if (binary) texts = decode(binary.get(), ZXing::Binarizer::BoolCast);
        }
    }
    for (BOX* box : patches) boxDestroy(&box);
    return texts;
}

std::vector<std::string> readQrTextsCloseUp(PIX* grey) {
    std::vector<std::string> texts;
    auto patches = qrPatches(grey);
    for (BOX* box : patches) {
        PixPtr crop = texts.empty() ? own(pixClipRectangle(grey, box, nullptr)) : nullptr;
        for (const auto& closeUp : kCloseUps) {
            if (!crop || !texts.empty()) break;
            PixPtr large = own(pixScaleGrayLI(crop.get(), closeUp.scale, closeUp.scale));
            PixPtr sharp = large ? own(pixUnsharpMasking(large.get(), closeUp.halfWidth, closeUp.fraction)) : nullptr;
            if (sharp) texts = readQrTexts(sharp.get());
        }
    }
    for (BOX* box : patches) boxDestroy(&box);
    return texts;
}

std::vector<std::string> readQrTexts(PIX* grey) { return decode(grey, ZXing::Binarizer::LocalAverage); }

}  // namespace scanners

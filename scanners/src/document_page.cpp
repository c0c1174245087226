#include "scanners/document_page.hpp"

#include <algorithm>
#include <cmath>

#include "image_decode.hpp"
#include "paper_region.hpp"
#include "scanners/wipe.hpp"

namespace scanners {
namespace {

// Leptonica's own deskew trusts a sweep only above this confidence; below it the page has too
// little text to say, and is left as it is.
constexpr float kMinSkewConfidence = 3.0f;
constexpr float kMinCorrectionDegrees = 0.05f;
// Ink on less than this share of a page's inner area: nothing legible was photographed.
constexpr double kMinInkShare = 0.0003;
// The crop's edge can hold a sliver of the desk where the paper's outline was jagged.
constexpr float kEdgeTrim = 0.004f;

Error pageError(const char* code, const char* message) { return Error{code, message, "document"}; }

PixPtr clip(PIX* pix, int x, int y, int w, int h) {
    BOX* box = boxCreate(x, y, w, h);
    PixPtr out = own(pixClipRectangle(pix, box, nullptr));
    boxDestroy(&box);
    return out;
}

// The text lines' tilt, from the paper alone: the desk around it is painted white first, so the
// paper's own edges (often the strongest lines in a photo) do not count.
float findSkew(PIX* page, PIX* paperMask, float maxDegrees) {
    PixPtr masked = own(pixCopy(nullptr, page));
    PixPtr desk = own(pixInvert(nullptr, paperMask));
    if (!masked || !desk) return 0.0f;
    pixSetMasked(masked.get(), desk.get(), 255);
    PixPtr even = own(pixBackgroundNormSimple(masked.get(), nullptr, nullptr));
    PixPtr ink = own(pixThresholdToBinary(even ? even.get() : masked.get(), 130));
    if (!ink) return 0.0f;
    l_float32 angle = 0, confidence = 0;
    // The sweep reports nothing for a peak at its very edge: it looks a little further.
    if (pixFindSkewSweepAndSearch(ink.get(), &angle, &confidence, 4, 2, maxDegrees + 3.0f, 1.0f, 0.01f) != 0 ||
        confidence < kMinSkewConfidence || std::fabs(angle) > maxDegrees + 1.0f) {
        return 0.0f;
    }
    return angle;
}

// Dark marks inside the page, its margins left out (a shadow or desk sliver there is no text).
bool hasInk(PIX* even) {
    const int w = pixGetWidth(even), h = pixGetHeight(even);
    const int mx = w / 25, my = h / 25;
    PixPtr inner = clip(even, mx, my, w - 2 * mx, h - 2 * my);
    PixPtr ink = inner ? own(pixThresholdToBinary(inner.get(), 128)) : PixPtr();
    if (!ink) return false;
    l_int32 count = 0;
    pixCountPixels(ink.get(), &count, nullptr);
    const double area = static_cast<double>(pixGetWidth(ink.get())) * pixGetHeight(ink.get());
    return count >= kMinInkShare * area;
}

Result<std::vector<unsigned char>> encodeJpeg(PIX* page, int quality) {
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemJpeg(&data, &size, page, quality, 0) != 0 || data == nullptr) {
        return pageError("document.encode_failed", "Không nén được ảnh trang giấy.");
    }
    std::vector<unsigned char> bytes(data, data + size);
    wipeBytes(data, size);
    lept_free(data);
    return bytes;
}

}  // namespace

Result<DocumentPage> processDocumentPage(std::span<const unsigned char> encoded,
                                         const DocumentPageOptions& options) {
    // Leptonica reports every refused image on stderr; refusals are our errors to report.
    setMsgSeverity(L_SEVERITY_NONE);
    DecodeLimits limits;
    limits.maxBytes = options.maxImageBytes;
    auto decoded = decodeImage(encoded, limits);
    if (!decoded) return decoded.error();
    PixPtr photo = std::move(decoded.value());
    auto paper = findPaper(photo.get());
    if (!paper) {
        return pageError("document.no_page", "Không thấy trang giấy trong ảnh. Hãy đặt cả trang giấy vào khung rồi chụp lại.");
    }
    PixPtr page = clip(photo.get(), paper->x, paper->y, paper->width, paper->height);
    PixPtr mask = clip(paper->mask.get(), paper->x, paper->y, paper->width, paper->height);
    photo.reset();
    paper->mask.reset();
    if (!page || !mask) return pageError("document.no_page", "Không thấy trang giấy trong ảnh.");

    DocumentPage out;
    out.skewDegrees = findSkew(page.get(), mask.get(), options.maxSkewDegrees);
    if (std::fabs(out.skewDegrees) >= kMinCorrectionDegrees) {
        // Rotating within the paper's upright bounding box: the straightened sheet fits inside.
        const float radians = out.skewDegrees * static_cast<float>(M_PI) / 180.0f;
        page = own(pixRotate(page.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_BLACK, 0, 0));
        mask = own(pixRotate(mask.get(), radians, L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));
        if (!page || !mask) return pageError("document.no_page", "Không xoay thẳng được trang giấy.");
    }
    BOX* sheet = nullptr;
    if (pixClipToForeground(mask.get(), nullptr, &sheet) != 0 || sheet == nullptr) {
        return pageError("document.no_page", "Không thấy trang giấy trong ảnh.");
    }
    l_int32 sx = 0, sy = 0, sw = 0, sh = 0;
    boxGetGeometry(sheet, &sx, &sy, &sw, &sh);
    boxDestroy(&sheet);
    const int tx = static_cast<int>(static_cast<float>(sw) * kEdgeTrim);
    const int ty = static_cast<int>(static_cast<float>(sh) * kEdgeTrim);
    page = clip(page.get(), sx + tx, sy + ty, sw - 2 * tx, sh - 2 * ty);
    mask = clip(mask.get(), sx + tx, sy + ty, sw - 2 * tx, sh - 2 * ty);
    if (!page || !mask) return pageError("document.no_page", "Không thấy trang giấy trong ảnh.");
    // A torn or folded corner leaves desk inside the box: white, like the paper.
    if (PixPtr desk = own(pixInvert(nullptr, mask.get()))) pixSetMasked(page.get(), desk.get(), 255);
    mask.reset();

    // Shadows and uneven light become a white page; ink stays dark.
    PixPtr even = own(pixBackgroundNormSimple(page.get(), nullptr, nullptr));
    if (even) page = std::move(even);
    pixGammaTRC(page.get(), page.get(), 1.0f, 40, 190);
    if (!hasInk(page.get())) {
        return pageError("document.blank", "Trang giấy trống hoặc quá mờ. Hãy chụp mặt có chữ, đủ sáng.");
    }
    const int longSide = std::max(pixGetWidth(page.get()), pixGetHeight(page.get()));
    if (longSide > options.maxLongSide) {
        const float scale = static_cast<float>(options.maxLongSide) / static_cast<float>(longSide);
        page = own(pixScale(page.get(), scale, scale));
        if (!page) return pageError("document.encode_failed", "Không thu nhỏ được ảnh trang giấy.");
    }
    auto jpeg = encodeJpeg(page.get(), options.jpegQuality);
    if (!jpeg) return jpeg.error();
    out.jpeg = std::move(jpeg.value());
    out.width = pixGetWidth(page.get());
    out.height = pixGetHeight(page.get());
    return out;
}

void wipePage(DocumentPage& page) {
    wipe(page.jpeg);
    page = DocumentPage{};
}

}  // namespace scanners

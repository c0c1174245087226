// A page photographed on a desk must come out cropped to the paper, straight, white, grey and
// small enough to send, and a photo of nothing must be refused rather than filed.
#include <doctest/doctest.h>

#include <leptonica/allheaders.h>

#include <cmath>
#include <string>

#include "page_photo.hpp"
#include "scanners/document_page.hpp"
#include "scanners/pix.hpp"

using namespace scanners;
using scanners::cardgen::PagePhotoStyle;
using scanners::cardgen::photographPage;

namespace {

struct Decoded {
    PixPtr pix;
    l_int32 format = IFF_UNKNOWN;
};

Decoded decodeOutput(const DocumentPage& page) {
    Decoded out;
    l_int32 w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    pixReadHeaderMem(page.jpeg.data(), page.jpeg.size(), &out.format, &w, &h, &bps, &spp, &cmap);
    out.pix = own(pixReadMem(page.jpeg.data(), page.jpeg.size()));
    return out;
}

// The tilt left in the output, measured the way a second look would.
float residualSkew(PIX* grey) {
    PixPtr ink = own(pixThresholdToBinary(grey, 128));
    l_float32 angle = 0, confidence = 0;
    REQUIRE(pixFindSkewSweepAndSearch(ink.get(), &angle, &confidence, 2, 1, 5.0f, 0.5f, 0.01f) == 0);
    return angle;
}

}  // namespace

TEST_CASE("a tilted page on a darker desk comes out straight, cropped to the paper, as a small grey JPEG") {
    for (const double tilt : {-14.0, -7.5, -2.0, 0.0, 3.0, 9.0, 15.0}) {
        CAPTURE(tilt);
        PagePhotoStyle style;
        style.rotationDeg = tilt;
        style.seed = static_cast<unsigned>(tilt * 10 + 200);
        const auto photo = photographPage(style);
        auto page = processDocumentPage(photo);
        INFO((page.ok() ? std::string() : page.error().code));
        REQUIRE(page.ok());
        // Turning the photo back by the tilt straightens it.
        CHECK(std::fabs(page->skewDegrees + static_cast<float>(tilt)) < 0.5f);

        const Decoded out = decodeOutput(*page);
        REQUIRE(out.pix);
        CHECK(out.format == IFF_JFIF_JPEG);
        CHECK(pixGetDepth(out.pix.get()) == 8);
        CHECK(pixGetWidth(out.pix.get()) == page->width);
        CHECK(pixGetHeight(out.pix.get()) == page->height);
        CHECK(std::fabs(residualSkew(out.pix.get())) < 0.5f);

        // The sheet is 1240 x 1754 in the photo: the crop keeps it and little else.
        CHECK(std::abs(page->width - style.pageWidth) < style.pageWidth * 3 / 100);
        CHECK(std::abs(page->height - style.pageHeight) < style.pageHeight * 3 / 100);
        CHECK(page->jpeg.size() < 400u * 1024u);
        wipePage(*page);
        CHECK(page->jpeg.empty());
    }
}

TEST_CASE("the desk's uneven light becomes a white page with dark ink") {
    PagePhotoStyle style;
    style.shading = 0.35;
    style.rotationDeg = 4;
    auto page = processDocumentPage(photographPage(style));
    REQUIRE(page.ok());
    const Decoded out = decodeOutput(*page);
    // Corners far apart in the photo's light fall-off are both white paper now.
    const int w = page->width, h = page->height;
    l_uint32 topLeft = 0, bottomRight = 0;
    pixGetPixel(out.pix.get(), w / 30, h / 30, &topLeft);
    pixGetPixel(out.pix.get(), w - w / 30, h - h / 30, &bottomRight);
    CHECK(topLeft > 235);
    CHECK(bottomRight > 235);
}

TEST_CASE("a flatbed scan, the paper filling the frame, is kept whole and straightened") {
    PagePhotoStyle style;
    style.deskGrey = style.paperGrey;  // the scanner's lid is as white as the paper
    style.shading = 0;
    style.photoWidth = 1300;
    style.photoHeight = 1800;
    style.rotationDeg = 3;
    auto page = processDocumentPage(photographPage(style));
    REQUIRE(page.ok());
    CHECK(std::fabs(page->skewDegrees + 3.0f) < 0.5f);
    CHECK(page->width > style.photoWidth * 95 / 100);
    CHECK(page->height > style.photoHeight * 95 / 100);
}

TEST_CASE("a large photo is scaled to the long-side cap") {
    PagePhotoStyle style;
    style.pageWidth = 1650;
    style.pageHeight = 2334;  // A4 at 200 dpi
    style.photoWidth = 2000;
    style.photoHeight = 2400;
    DocumentPageOptions options;
    options.maxLongSide = 1600;
    auto page = processDocumentPage(photographPage(style), options);
    REQUIRE(page.ok());
    CHECK(std::max(page->width, page->height) <= 1600);
    CHECK(std::max(page->width, page->height) > 1500);
}

TEST_CASE("a blank sheet, a bare desk and noise are refused with a clear reason") {
    PagePhotoStyle blank;
    blank.blank = true;
    blank.rotationDeg = 5;
    auto page = processDocumentPage(photographPage(blank));
    REQUIRE_FALSE(page.ok());
    CHECK(page.error().code == "document.blank");
    CHECK_FALSE(page.error().message.empty());

    PagePhotoStyle desk;
    desk.blank = true;
    desk.paperGrey = desk.deskGrey;  // nothing on the desk
    auto bare = processDocumentPage(photographPage(desk));
    REQUIRE_FALSE(bare.ok());
    CHECK((bare.error().code == "document.blank" || bare.error().code == "document.no_page"));

    PagePhotoStyle small;
    small.pageWidth = 300;
    small.pageHeight = 420;  // a scrap, far away
    auto scrap = processDocumentPage(photographPage(small));
    REQUIRE_FALSE(scrap.ok());
    CHECK(scrap.error().code == "document.no_page");

    const unsigned char text[] = "not an image";
    auto notImage = processDocumentPage(std::span<const unsigned char>(text, sizeof text));
    REQUIRE_FALSE(notImage.ok());
    CHECK(notImage.error().code == "image.not_an_image");
}

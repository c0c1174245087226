// The two preparations that rescued hand-held photos: the QR close-up (a code blurred to about
// two pixels a module, which zxing misses on the whole photo) and the card cut out of its desk.
// Both run on generated photos: the benchmark's hard Căn cước set, seed 1, whose seventh front
// is the first whose QR no whole-photo pass decodes.
#include <doctest/doctest.h>

#include <leptonica/allheaders.h>

#include "card_files.hpp"
#include "preprocess.hpp"
#include "qr_reader.hpp"
#include "scanners/pix.hpp"
#include "support/temp_dir.hpp"

using namespace scanners;

namespace {

PixPtr greyPhoto(const std::filesystem::path& path) {
    PixPtr colour = own(pixRead(path.c_str()));
    REQUIRE(colour);
    return own(pixConvertRGBToLuminance(colour.get()));
}

std::vector<cardgen::CardOnDisk> hardCanCuocCards(const std::filesystem::path& dir, int count) {
    cardgen::CardSetOptions options;
    options.count = count;
    options.seed = 1102;  // bench_scan 25 1: seed * 1000 + 100 (hard) + Căn cước
    options.hard = true;
    options.type = CardType::CanCuoc2024;
    auto cards = cardgen::writeCardSet(dir, options);
    REQUIRE(cards);
    return *cards;
}

}  // namespace

TEST_CASE("a QR blurred past the whole-photo passes is read as a close-up, exactly") {
    kiosk::test::TempDir dir("qr-closeup");
    const auto cards = hardCanCuocCards(dir.path(), 7);
    const auto& card = cards[6];
    PixPtr grey = greyPhoto(card.front);
    REQUIRE(readQrTexts(grey.get()).empty());
    PixPtr sharp = own(pixUnsharpMasking(grey.get(), 4, 1.0f));
    REQUIRE(readQrTexts(sharp.get()).empty());
    const auto texts = readQrTextsCloseUp(grey.get());
    REQUIRE(texts.size() == 1);
    CHECK(texts[0] == synth::qrPayloadFor(card.person));
    // The back has no QR: no patch decodes into anything.
    PixPtr back = greyPhoto(card.back);
    CHECK(readQrTextsCloseUp(back.get()).empty());
}

TEST_CASE("the card is cut out of its desk, the desk around it painted white") {
    kiosk::test::TempDir dir("card-cut");
    for (const auto& card : hardCanCuocCards(dir.path(), 3)) {
        PixPtr grey = greyPhoto(card.back);
        PixPtr cut = cardOnly(grey.get());
        REQUIRE(cut);
        const int w = pixGetWidth(cut.get()), h = pixGetHeight(cut.get());
        // Hard photos put the card on 45-80 % of the photo's width; ID-1 is 85.6 x 54 mm.
        CHECK(w < pixGetWidth(grey.get()));
        CHECK(w > pixGetWidth(grey.get()) * 2 / 5);
        CHECK(h > w / 2);
        CHECK(h < w);
        // A tilted card leaves desk in the box's corners; at least one is painted white.
        int whiteCorners = 0;
        for (const auto& [x, y] : {std::pair{1, 1}, std::pair{w - 2, 1}, std::pair{1, h - 2},
                                   std::pair{w - 2, h - 2}}) {
            l_uint32 value = 0;
            pixGetPixel(cut.get(), x, y, &value);
            whiteCorners += value == 255;
        }
        CHECK(whiteCorners >= 1);
    }
    // A photo of nothing but desk has no card to cut.
    PIX* desk = pixCreate(1600, 1200, 8);
    pixSetAllArbitrary(desk, 120);
    PixPtr empty = own(desk);
    CHECK_FALSE(cardOnly(empty.get()));
}

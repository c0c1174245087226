// The MRZ grid: characters the LSTM read are put back into the fixed-pitch cells they were
// printed in, so a merged filler run regains its length, and a letter read where the print
// shows a chevron is the filler '<'. Lines are drawn in OCR-B at known cells; the "read" is
// made by hand as the LSTM gets it wrong.
#include <doctest/doctest.h>

#include <string>

#include "canvas.hpp"
#include "card_render.hpp"
#include "mrz_grid.hpp"
#include "preprocess.hpp"

using namespace scanners;

namespace {

constexpr int kPitch = 30, kLeft = 40, kBaseline = 70, kSize = 40;

struct DrawnLine {
    PixPtr binary;
    OcrTextLine line;
};

// `printed` drawn one character per cell; `read` (same length, '\0' for a character the
// LSTM left out) becomes the symbols at those cells.
DrawnLine draw(const std::string& printed, const std::string& read) {
    auto fonts = cardgen::CardFonts::loadSystem();
    REQUIRE(fonts);
    cardgen::Canvas canvas(kLeft * 2 + kPitch * static_cast<int>(printed.size()), 110, {250, 250, 250});
    for (size_t i = 0; i < printed.size(); ++i) {
        canvas.drawText(*fonts->ocrb, kSize, kLeft + kPitch * static_cast<int>(i), kBaseline, printed.substr(i, 1),
                        {10, 10, 10});
    }
    PixPtr grey = own(pixConvertRGBToLuminance(canvas.pix()));
    REQUIRE(grey);
    DrawnLine drawn{binarize(grey.get()), {}};
    REQUIRE(drawn.binary);
    drawn.line.top = kBaseline - 30;
    drawn.line.bottom = kBaseline + 1;
    for (size_t i = 0; i < read.size(); ++i) {
        if (read[i] == '\0') continue;
        const int left = kLeft + kPitch * static_cast<int>(i) + 2;
        drawn.line.symbols.push_back({read[i], left, left + kPitch - 8});
    }
    return drawn;
}

}  // namespace

TEST_CASE("a filler run the LSTM merged regains its length, and the check digit its place") {
    const std::string printed = "6408125<2010315D<<<<<<<<<<<<<4";
    std::string read = printed;
    for (size_t i = 17; i < 28; ++i) read[i] = '\0';  // eleven of the thirteen '<' left out
    auto drawn = draw(printed, read);
    const auto gridded = gridLine(drawn.line, drawn.binary.get());
    REQUIRE(gridded);
    CHECK(gridded->text == printed);
}

TEST_CASE("letters beside filler stay letters: T, I, 1, C, X are not chevrons") {
    const std::string printed = "IDD<<T2200<1293<I<C<X<<<<<<<<<";
    auto drawn = draw(printed, printed);
    const auto gridded = gridLine(drawn.line, drawn.binary.get());
    REQUIRE(gridded);
    CHECK(gridded->text == printed);
}

TEST_CASE("a K read where a chevron is printed is filler; a printed K stays a K") {
    const std::string printed = "ERIK<<ANNA<<<<<<<<<<<<<<<<<<<<";
    std::string read = printed;
    read[4] = 'K';
    read[5] = 'K';
    read[12] = 'K';
    auto drawn = draw(printed, read);
    const auto gridded = gridLine(drawn.line, drawn.binary.get());
    REQUIRE(gridded);
    CHECK(gridded->text == printed);
    // The printed K shows its stem; the filler read as K does not.
    CHECK(gridded->stemmedK[3]);
    CHECK_FALSE(gridded->stemmedK[4]);
    CHECK_FALSE(gridded->stemmedK[12]);
}

TEST_CASE("a glyph lost between letters or digits gives no grid line rather than a guess") {
    const std::string printed = "IDD<<T220001293<<<<<<<<<<<<<<<";
    std::string read = printed;
    read[8] = '\0';  // a '0' of the document number
    auto drawn = draw(printed, read);
    CHECK_FALSE(gridLine(drawn.line, drawn.binary.get()));
}

TEST_CASE("too few characters, or a count far from 30, 36 or 44, is not a zone line") {
    auto shortLine = draw("ABC<<DEF", "ABC<<DEF");
    CHECK_FALSE(gridLine(shortLine.line, shortLine.binary.get()));
    const std::string printed(40, 'A');
    auto between = draw(printed, printed);
    CHECK_FALSE(gridLine(between.line, between.binary.get()));
}

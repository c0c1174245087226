// The OCR-B glyph comparison, the zone reader's second opinion beside the LSTM: each cell of a
// gridded zone line compared with the 37 glyphs of the MRZ alphabet. Zones are drawn in OCR-B at
// known cells, clean and coarse (drawn 9 px high, enlarged and blurred as a small scan is); the
// LSTM's reads are made by hand, with the confusions it makes on real specimens (IDD read IOD,
// ALBERTINE read ALGERTINE by every preparation). The rule under test: a line the glyphs contradict
// is never confirmed, whatever the reads agree on.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "canvas.hpp"
#include "card_render.hpp"
#include "mrz_glyph_votes.hpp"
#include "mrz_grid.hpp"
#include "preprocess.hpp"
#include "travel_mrz_votes.hpp"

using namespace scanners;

namespace {

constexpr int kLeft = 40;

struct DrawnZone {
    PixPtr grey, binary;
    std::vector<MrzLineCells> cells;  // per line
    std::vector<GriddedLine> gridded;
    std::vector<OcrTextLine> boxes;  // each line's box as the LSTM returns it
};

// `lines` drawn one character per cell, `pitch` px apart; `coarse`: drawn at a third of that
// and enlarged, then blurred (a 7-9 px zone of a small scan, as the reader enlarges it).
DrawnZone drawZone(const std::vector<std::string>& lines, bool coarse) {
    auto fonts = cardgen::CardFonts::loadSystem();
    REQUIRE(fonts);
    const int pitch = coarse ? 8 : 24;
    const int size = pitch * 4 / 3;  // OCR-B's advance is about three quarters of its size
    const int lineStep = size * 3 / 2;
    const int width = 2 * kLeft / (coarse ? 3 : 1) + pitch * 44;
    const int height = lineStep * (static_cast<int>(lines.size()) + 1);
    cardgen::Canvas canvas(width, height, {235, 232, 225});
    for (size_t l = 0; l < lines.size(); ++l) {
        const int baseline = lineStep * static_cast<int>(l + 1);
        for (size_t i = 0; i < lines[l].size(); ++i) {
            canvas.drawText(*fonts->ocrb, size, kLeft / (coarse ? 3 : 1) + pitch * static_cast<int>(i), baseline,
                            lines[l].substr(i, 1), {30, 30, 40});
        }
    }
    PixPtr grey = own(pixConvertRGBToLuminance(canvas.pix()));
    REQUIRE(grey);
    DrawnZone zone;
    if (coarse) {
        PixPtr large = own(pixScale(grey.get(), 3.0f, 3.0f));
        REQUIRE(large);
        zone.grey = own(pixBlockconv(large.get(), 1, 1));
    } else {
        zone.grey = std::move(grey);
    }
    REQUIRE(zone.grey);
    // The grid as the reader finds it: the characters' boxes where they were drawn.
    zone.binary = binarize(zone.grey.get());
    PIX* binary = zone.binary.get();
    REQUIRE(binary);
    const int scale = coarse ? 3 : 1;
    for (size_t l = 0; l < lines.size(); ++l) {
        OcrTextLine line;
        const int baseline = lineStep * static_cast<int>(l + 1) * scale;
        line.top = baseline - size * scale * 3 / 4;
        line.bottom = baseline + scale;
        line.text = lines[l];
        for (size_t i = 0; i < lines[l].size(); ++i) {
            const int left = (kLeft / (coarse ? 3 : 1) + pitch * static_cast<int>(i)) * scale + 2;
            line.symbols.push_back({lines[l][i], left, left + (pitch - 3) * scale});
        }
        const auto gridded = gridLine(line, binary);
        REQUIRE(gridded);
        REQUIRE(gridded->text.size() == lines[l].size());
        zone.cells.push_back(
            {gridded->firstCentre, gridded->pitch, gridded->top, gridded->bottom, gridded->text.size()});
        zone.gridded.push_back(*gridded);
        zone.boxes.push_back(line);
    }
    return zone;
}

// One glyph read per drawn line, as if the LSTM had read `read` there.
void addReads(GlyphReads& reads, const DrawnZone& zone, const std::vector<std::string>& read) {
    const OcrbGlyphs* glyphs = OcrbGlyphs::system();
    REQUIRE(glyphs);
    for (size_t l = 0; l < read.size(); ++l) {
        const float width = glyphs->fitWidth(zone.grey.get(), zone.cells[l], read[l]);
        reads.push_back({read[l], glyphs->readLine(zone.grey.get(), zone.cells[l], width)});
        REQUIRE(reads.back().scores.size() == read[l].size());
    }
}

const std::string kDataLine = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

TravelDocument td3(const std::string& nameLine) {
    auto document = parseTravelDocument(nameLine + "\n" + kDataLine, 2026);
    REQUIRE(document);
    REQUIRE(document->checksValid());
    return *document;
}

}  // namespace

TEST_CASE("every glyph of the MRZ alphabet is read back from clean and from coarse print") {
    const std::vector<std::string> printed{"ABCDEFGHIJKLMNOPQRSTUVWXYZ<<<<", "0123456789<<<<<<<<<<<<<<<<<<<<"};
    for (const bool coarse : {false, true}) {
        CAPTURE(coarse);
        const auto zone = drawZone(printed, coarse);
        GlyphReads reads;
        addReads(reads, zone, printed);
        for (size_t l = 0; l < printed.size(); ++l) {
            std::string seen;
            for (const auto& scores : reads[l].scores) {
                seen += bestGlyph(scores, l == 0 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ<" : "0123456789<").best;
            }
            CHECK(seen == printed[l]);
        }
    }
}

TEST_CASE("two versions of the document code read equally often: the glyphs settle it for the printed one only") {
    const std::vector<std::string> printed{"IDD<<T220001293<<<<<<<<<<<<<<<"};
    const std::string misread = "IOD<<T220001293<<<<<<<<<<<<<<<";
    GlyphReads reads;
    for (const bool coarse : {false, true}) {
        const auto zone = drawZone(printed, coarse);
        addReads(reads, zone, printed);
        addReads(reads, zone, {misread});
    }
    CHECK(glyphsSettle(reads, printed[0], 1, Kind::Letter));
    CHECK_FALSE(glyphsSettle(reads, misread, 1, Kind::Letter));
    // Where the reads agree, there is nothing to settle.
    CHECK(glyphsSettle(reads, printed[0], 5, Kind::Either));
}

TEST_CASE("a misread every read makes is overruled by the glyphs; a line they contradict is never confirmed") {
    const std::string printedName = "P<UTOERIKSSON<<ANNA<ALBERTINE<<<<<<<<<<<<<<<";
    const std::string misreadName = "P<UTOERIKSSON<<ANNA<ALGERTINE<<<<<<<<<<<<<<<";
    const size_t b = printedName.find("ALB") + 2;
    SUBCASE("printed B, read G three times alike") {
        GlyphReads glyphs;
        for (const bool coarse : {false, true}) addReads(glyphs, drawZone({printedName}, coarse), {misreadName});
        const Reads reads(3, {misreadName, kDataLine});
        CHECK(glyphOverrule(glyphs, misreadName, b, Kind::Letter) == 'B');
        CHECK_FALSE(confirmedByReads(reads, glyphs, td3(misreadName)));
        const auto corrected = glyphCorrected(glyphs, td3(misreadName));
        REQUIRE(corrected);
        CHECK(*corrected == printedName + "\n" + kDataLine + "\n");
        // The corrected document: every read's G is the B the glyphs clearly see.
        CHECK(confirmedByReads(reads, glyphs, td3(printedName)));
    }
    SUBCASE("the mutation: printed G, read B three times alike") {
        GlyphReads glyphs;
        for (const bool coarse : {false, true}) addReads(glyphs, drawZone({misreadName}, coarse), {printedName});
        const Reads reads(3, {printedName, kDataLine});
        CHECK(glyphOverrule(glyphs, printedName, b, Kind::Letter) == 'G');
        CHECK_FALSE(confirmedByReads(reads, glyphs, td3(printedName)));
    }
    SUBCASE("without glyph reads (no font) the reads alone decide, as before") {
        const Reads reads(3, {misreadName, kDataLine});
        CHECK(confirmedByReads(reads, {}, td3(misreadName)));
    }
}

TEST_CASE("a line the LSTM garbled is read by the glyphs on the cells of a line it read well") {
    // The Swiss specimen's data line: at 7 px the LSTM read 8102287 as BIO2287 with glyphs
    // inserted, so the line could not be laid on the grid at all.
    const std::vector<std::string> printed{"IDCHES0002068<8<<<<<<<<<<<<<<<", "8102287F1301014CHE<<<<<<<<<<<4",
                                           "VADIS<<QUO<<<<<<<<<<<<<<<<<<<<"};
    const OcrbGlyphs* glyphs = OcrbGlyphs::system();
    REQUIRE(glyphs);
    for (const bool coarse : {false, true}) {
        CAPTURE(coarse);
        const auto zone = drawZone(printed, coarse);
        for (const size_t neighbour : {size_t{0}, size_t{2}}) {
            const auto cells = gridAsNeighbour(zone.boxes[1], zone.binary.get(), zone.gridded[neighbour]);
            REQUIRE(cells);
            // Within a tenth of a pitch of the grid of the line itself (which starts at its
            // first ink, a little to the right on a line starting with I).
            CHECK(std::abs(cells->pitch - zone.gridded[1].pitch) * 10 < zone.gridded[1].pitch);
            CHECK(std::abs(cells->firstCentre - zone.gridded[1].firstCentre) * 10 < zone.gridded[1].pitch * 2);
            CHECK(std::abs(cells->top - zone.gridded[1].top) <= 1);
            // The glyphs' width as fitted on the neighbour's read.
            const float width = glyphs->fitWidth(zone.grey.get(), zone.cells[neighbour], printed[neighbour]);
            const auto scores = glyphs->readLine(
                zone.grey.get(), {cells->firstCentre, cells->pitch, cells->top, cells->bottom, printed[1].size()},
                width);
            REQUIRE(scores.size() == printed[1].size());
            std::string seen;
            for (const auto& cell : scores) seen += bestGlyph(cell, kMrzGlyphs).best;
            // Read as the parser reads the zone (digits fields as digits): exactly the print, every
            // check digit holding.
            const auto parsed = parseTravelDocument(printed[0] + "\n" + seen + "\n" + printed[2], 2026);
            REQUIRE(parsed);
            CHECK(parsed->lines == printed);
            CHECK(parsed->checksValid());
        }
        // Its own rows, not the neighbour's: a line's box one line off is not this zone's.
        OcrTextLine far = zone.boxes[1];
        far.top += 6 * (far.bottom - far.top);
        far.bottom += 6 * (far.bottom - far.top);
        CHECK_FALSE(gridAsNeighbour(far, zone.binary.get(), zone.gridded[0]));
    }
}

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
}

TravelDocument td1(const std::vector<std::string>& lines) {
    auto document = parseTravelDocument(joined(lines), 2026);
    REQUIRE(document);
    return *document;
}

}  // namespace

TEST_CASE("a cell the reads split between a letter and a digit is settled by the glyphs for the printed one") {
    // The US card's optional data 'LIN…': half the preparations read it 'L1N', the others read the
    // I but inserted glyphs in the document number. No read has the whole line right; the
    // composite check digit fails with the 1. Composites: 9 with LIN, 2 with L1N.
    const std::string withI = "I<UTOD231458907LIN1044750079<<";
    const std::string with1 = "I<UTOD231458907L1N1044750079<<";
    const std::string nameLine = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    const auto garbled = [&](size_t at) { return std::string(withI).replace(at, 1, "X"); };
    const auto reads = [&](const std::string& data) {
        return Reads{{with1, data, nameLine},
                     {garbled(8), data, nameLine},
                     {with1, data, nameLine},
                     {garbled(10), data, nameLine}};
    };
    const size_t cell = withI.find("LIN") + 1;
    SUBCASE("printed I") {
        const std::vector<std::string> printed{withI, "7408122F1204159UTO<<<<<<<<<<<9", nameLine};
        GlyphReads glyphs;
        for (const bool coarse : {false, true}) addReads(glyphs, drawZone(printed, coarse), {with1});
        const auto misread = td1({with1, printed[1], nameLine});
        REQUIRE_FALSE(misread.checksValid());
        CHECK(glyphsPrefer(glyphs, with1, cell, 'I', '1', kGlyphTieMargin));
        // Not an overrule (letters and digits both fit optional data; the glyphs alone never cross).
        CHECK_FALSE(glyphCorrected(glyphs, misread));
        const auto settled = splitCellsSettled(reads(printed[1]), glyphs, misread);
        REQUIRE(settled);
        CHECK(*settled == joined(printed));
        CHECK(confirmedByReads(reads(printed[1]), glyphs, td1(printed)));
        // Without the glyphs (no font) nothing settles the split, and no read has the line.
        CHECK_FALSE(splitCellsSettled(reads(printed[1]), {}, misread));
        CHECK_FALSE(confirmedByReads(reads(printed[1]), {}, td1(printed)));
        // One read of the I is not a split.
        const Reads once{{with1, printed[1], nameLine},
                         {garbled(8), printed[1], nameLine},
                         {with1, printed[1], nameLine}};
        CHECK_FALSE(splitCellsSettled(once, glyphs, misread));
    }
    SUBCASE("a lean too slight to overrule a read (0.03, as on the US card) still settles the split") {
        const std::vector<std::string> printed{withI, "7408122F1204159UTO<<<<<<<<<<<9", nameLine};
        // Comparisons made by hand: they say nothing anywhere (every glyph matches by 0.7) except
        // at the split cell: I by 0.83, 1 by 0.80, the rest by 0.5.
        GlyphReads glyphs;
        for (int preparation = 0; preparation < 2; ++preparation) {
            GlyphRead read{with1, {}};
            for (size_t c = 0; c < withI.size(); ++c) {
                GlyphScores scores;
                scores.fill(c == cell ? 0.5f : 0.7f);
                read.scores.push_back(scores);
            }
            read.scores[cell][kMrzGlyphs.find('I')] = 0.83f;
            read.scores[cell][kMrzGlyphs.find('1')] = 0.80f;
            glyphs.push_back(std::move(read));
        }
        CHECK_FALSE(glyphsPrefer(glyphs, with1, cell, 'I', '1', kGlyphOverruleMargin));
        const auto settled = splitCellsSettled(reads(printed[1]), glyphs, td1({with1, printed[1], nameLine}));
        REQUIRE(settled);
        CHECK(*settled == joined(printed));
        // The reads of L1N count as reads of LIN: the I was read twice, and the glyphs lean to it.
        CHECK(confirmedByReads(reads(printed[1]), glyphs, td1(printed)));
    }
    SUBCASE("the mutation: printed 1, the same reads") {
        const std::vector<std::string> printed{with1, "7408122F1204159UTO<<<<<<<<<<<2", nameLine};
        GlyphReads glyphs;
        for (const bool coarse : {false, true}) addReads(glyphs, drawZone(printed, coarse), {with1});
        CHECK_FALSE(splitCellsSettled(reads(printed[1]), glyphs, td1(printed)));
        CHECK(confirmedByReads(reads(printed[1]), glyphs, td1(printed)));
        // The other version is never confirmed (its composite fails besides).
        CHECK_FALSE(confirmedByReads(reads(printed[1]), glyphs, td1({withI, printed[1], nameLine})));
    }
}

TEST_CASE("a name part ending in K is read when the glyphs clearly see a K, never when they see the filler") {
    // A 7 px zone binarised shows no whole stem down a K, so the grid cannot prove it; the glyphs
    // match a printed K by 0.9 and the filler by 0.5.
    const std::string erik = "P<UTOSVENSSON<<ERIK<<<<<<<<<<<<<<<<<<<<<<<<<";
    const std::string eri = "P<UTOSVENSSON<<ERI<<<<<<<<<<<<<<<<<<<<<<<<<<";
    const auto uncertain = [&] {
        auto document = parseTravelDocument(erik + "\n" + kDataLine, 2026);
        REQUIRE(document);
        REQUIRE(document->nameUncertain);
        REQUIRE(document->unprovenPartFinalKs.size() == 1);
        return *document;
    };
    SUBCASE("printed K") {
        GlyphReads glyphs;
        for (const bool coarse : {false, true}) addReads(glyphs, drawZone({erik}, coarse), {erik});
        auto document = uncertain();
        settlePartFinalKs(document, {}, glyphs);
        CHECK_FALSE(document.nameUncertain);
        CHECK(document.unprovenPartFinalKs.empty());
    }
    SUBCASE("printed filler, read as K by every read") {
        GlyphReads glyphs;
        for (const bool coarse : {false, true}) addReads(glyphs, drawZone({eri}, coarse), {erik});
        auto document = uncertain();
        settlePartFinalKs(document, {}, glyphs);
        CHECK(document.nameUncertain);
    }
    SUBCASE("without glyphs, two grid reads that saw the K's stem") {
        auto document = uncertain();
        const size_t k = document.unprovenPartFinalKs[0].second;
        settlePartFinalKs(document, {{erik, k}}, {});
        CHECK(document.nameUncertain);
        settlePartFinalKs(document, {{erik, k}, {erik, k}}, {});
        CHECK_FALSE(document.nameUncertain);
    }
}

TEST_CASE("a letter of a document number that a read saw as the digit of its shape is not proven") {
    // O and 0 (and D, Q; B and 8; Z and 2; S and 5; G and 6) the glyphs cannot tell apart, and
    // two such substitutions can leave a check digit holding: a US card photo saved at JPEG
    // quality 40 was read IAUSAOO0000… for IAUSA000000…, every check digit holding.
    const std::vector<std::string> printed{"I<UTOL9O3145894<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<2",
                                           "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};
    const auto document = td1(printed);
    REQUIRE(document.checksValid());
    // Comparisons that say nothing (every glyph matches every cell by 0.7).
    GlyphReads glyphs;
    for (const auto& line : printed) {
        for (int preparation = 0; preparation < 2; ++preparation) {
            GlyphScores scores;
            scores.fill(0.7f);
            glyphs.push_back({line, std::vector<GlyphScores>(line.size(), scores)});
        }
    }
    const Reads alike(3, printed);
    CHECK(confirmedByReads(alike, glyphs, document));
    Reads withDigit = alike;
    withDigit.push_back({"I<UTOL903145894<<<<<<<<<<<<<<<", printed[1], printed[2]});
    CHECK_FALSE(confirmedByReads(withDigit, glyphs, document));
    // Without the glyphs (no font) the reads alone decide, as before.
    CHECK(confirmedByReads(withDigit, {}, document));
}

TEST_CASE("a letter beside filler in optional data is proven only where the glyphs read it rather than the filler") {
    // The LSTM reads the filler as K or X; K is invisible to every check digit, two Xs in cells
    // weighted 7 and 3 too. Utopia's optional data ends in B beside the filler.
    const std::string nameLine = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    const auto document = td3(nameLine);
    const Reads reads(3, {nameLine, kDataLine});
    const size_t b = kDataLine.find("B<");
    GlyphReads printedB, printedFiller;
    for (const bool coarse : {false, true}) {
        addReads(printedB, drawZone({nameLine, kDataLine}, coarse), {nameLine, kDataLine});
        // Filler printed there, every read saying B: the glyphs overrule it.
        addReads(printedFiller, drawZone({nameLine, std::string(kDataLine).replace(b, 1, "<")}, coarse),
                 {nameLine, kDataLine});
    }
    CHECK(confirmedByReads(reads, printedB, document));
    CHECK_FALSE(confirmedByReads(reads, printedFiller, document));
    // Comparisons of the data line that cannot tell B from the filler (a cell blurred or placed
    // badly): the B is not proven, though nothing reads it otherwise.
    GlyphReads undecided;
    for (int preparation = 0; preparation < 2; ++preparation) {
        GlyphScores scores;
        scores.fill(0.7f);
        undecided.push_back({kDataLine, std::vector<GlyphScores>(kDataLine.size(), scores)});
    }
    CHECK_FALSE(confirmedByReads(reads, undecided, document));
    undecided[0].scores[b][kMrzGlyphs.find('B')] = 0.9f;
    undecided[1].scores[b][kMrzGlyphs.find('B')] = 0.9f;
    CHECK(confirmedByReads(reads, undecided, document));
}

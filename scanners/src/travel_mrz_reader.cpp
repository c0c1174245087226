#include "travel_mrz_reader.hpp"

#include <algorithm>
#include <string>

#include "mrz_glyph_votes.hpp"
#include "mrz_grid.hpp"
#include "mrz_text.hpp"
#include "preprocess.hpp"
#include "scanners/wipe.hpp"
#include "travel_mrz_votes.hpp"

namespace scanners {
namespace {

// Tesseract reads capitals best at about 30-40 px (peer-systems.md §4.4).
constexpr int kTargetLineHeights[] = {36, 28};
constexpr int kSingleBlock = 6;  // tesseract::PSM_SINGLE_BLOCK
constexpr float kWideStretch = 1.4f;

// A line of a zone the LSTM could not lay on the grid, read by the glyphs alone on its
// neighbour's cells; nullopt when its cells match their glyphs poorly (not a zone line, or
// unreadable). The bar is lower than for overruling the LSTM (a narrow 1 in a 7 px zone matches
// by 0.4): such a line is taken only as the LSTM's reads are, when its check digits hold and two
// preparations read it alike.
constexpr float kGlyphLineMeanMatch = 0.6f;
constexpr float kGlyphCellMinMatch = 0.35f;

std::optional<GlyphRead> readByGlyphs(const OcrbGlyphs& glyphs, PIX* image, const GriddedLine& cells,
                                      float glyphWidth) {
    const MrzLineCells at{cells.firstCentre, cells.pitch, cells.top, cells.bottom, cells.stemmedK.size()};
    GlyphRead read{{}, glyphs.readLine(image, at, glyphWidth)};
    float total = 0.0f;
    for (const auto& scores : read.scores) {
        const GlyphMatch best = bestGlyph(scores, kMrzGlyphs);
        if (best.best == 0 || best.score < kGlyphCellMinMatch) break;
        total += best.score;
        read.line += best.best;
    }
    if (read.line.size() != read.scores.size() || total < kGlyphLineMeanMatch * static_cast<float>(read.line.size())) {
        wipe(read.line);
        return std::nullopt;
    }
    return read;
}

// Each line read again on the zone's fixed-pitch grid where it fits one (filler the LSTM merged
// put back, so the check digit after a filler run is in its place); its symbols wiped.
void onGrid(std::vector<OcrTextLine>& lines, PIX* image, std::vector<SeenK>& seenKs, GlyphReads& glyphReads) {
    PixPtr binary = pixGetDepth(image) == 1 ? nullptr : binarize(image);
    PIX* inked = binary ? binary.get() : image;
    // The OCR-B comparison needs the grey image (the binarised preparation is one of the same
    // pixels, and adds nothing to it).
    const OcrbGlyphs* glyphs = pixGetDepth(image) == 8 ? OcrbGlyphs::system() : nullptr;
    std::optional<GriddedLine> neighbour;
    float glyphWidth = 0.0f;  // the neighbour's, fitted on what the LSTM read there
    std::vector<OcrTextLine*> offGrid;
    for (auto& line : lines) {
        if (auto gridded = gridLine(line, inked)) {
            for (size_t i = 0; i < gridded->stemmedK.size(); ++i) {
                if (gridded->stemmedK[i]) seenKs.push_back({gridded->text, i});
            }
            if (glyphs) {
                const MrzLineCells cells{gridded->firstCentre, gridded->pitch, gridded->top, gridded->bottom,
                                         gridded->text.size()};
                const float width = glyphs->fitWidth(image, cells, gridded->text);
                glyphReads.push_back({gridded->text, glyphs->readLine(image, cells, width)});
                if (!neighbour) glyphWidth = width;
            }
            if (!neighbour) neighbour = *gridded;
            wipe(line.text);
            line.text = std::move(gridded->text);
        } else {
            offGrid.push_back(&line);
        }
        for (auto& symbol : line.symbols) symbol.ch = 0;
    }
    // A line the LSTM garbled (at 7 px it reads 8102287 as BIO2287, glyphs inserted) is read by
    // the glyphs on the cells of a line of the same zone it read well.
    for (OcrTextLine* line : offGrid) {
        if (!glyphs || !neighbour) break;
        const auto cells = gridAsNeighbour(*line, inked, *neighbour);
        auto read = cells ? readByGlyphs(*glyphs, image, *cells, glyphWidth) : std::nullopt;
        if (!read) continue;
        wipe(line->text);
        line->text = read->line;
        glyphReads.push_back(std::move(*read));
    }
    if (neighbour) wipe(neighbour->text);
}

// The glyph reads from `first` on (one OCR read's lines) given the lines of that read's parse:
// what the LSTM saw there as the parser reads it (a proven state code, letters fields as letters).
void asParsed(GlyphReads& glyphReads, size_t first, const TravelDocument& parsed) {
    for (size_t r = first; r < glyphReads.size(); ++r) {
        std::string& line = glyphReads[r].line;
        for (const auto& parsedLine : parsed.lines) {
            if (parsedLine.size() != line.size()) continue;
            size_t differences = 0;
            for (size_t c = 0; c < line.size(); ++c) differences += parsedLine[c] != line[c] ? 1 : 0;
            if (differences * 3 > line.size()) continue;
            wipe(line);
            line = parsedLine;
            break;
        }
    }
}

}  // namespace

TravelMrzRead readTravelMrz(OcrEngine& mrzEngine, PIX* grey, const Deadline& deadline, int thisYear,
                            const std::function<bool(const TravelDocument&)>& settled) {
    TravelMrzRead read;
    // A hand-held photo tilts the zone; the band search joins glyphs along rows.
    PixPtr straight = deskew(grey);
    if (!straight) return read;
    grey = straight.get();
    const auto bands = findMrzBands(grey);
    read.bandFound = !bands.empty();
    std::vector<std::string> pool;
    Reads reads;
    std::vector<SeenK> seenKs;
    GlyphReads glyphReads;
    // Valid checks first, then lines read alike twice, then a clean name.
    const auto rank = [&](const TravelDocument& document) {
        return 2 * score(document) + (confirmedByReads(reads, glyphReads, document) ? 3 : 0);
    };
    const auto done = [&] {
        if (!read.document || !read.document->checksValid()) return false;
        return (!read.document->nameUncertain && read.confirmed) || settled(*read.document);
    };
    const auto keep = [&](std::optional<TravelDocument> document) {
        if (document) settlePartFinalKs(*document, seenKs, glyphReads);
        if (read.document) {
            settlePartFinalKs(*read.document, seenKs, glyphReads);
            read.confirmed = confirmedByReads(reads, glyphReads, *read.document);
        }
        if (document && (!read.document || rank(*document) > rank(*read.document))) {
            read.document = std::move(document);
            read.confirmed = confirmedByReads(reads, glyphReads, *read.document);
        }
        return done();
    };
    // True when reading may stop: a zone whose every check holds and whose name reads cleanly.
    const auto take = [&](const std::vector<OcrTextLine>& lines, size_t glyphReadsBefore) {
        std::string text;
        for (const auto& line : lines) text += line.text + "\n";
        auto parsed = parseTravelDocument(text, thisYear);
        // A read that parses is kept as the parser gives it (fitted, letters fields read as
        // letters, proven digits), so reads compare on what they mean.
        std::vector<std::string> cleaned = mrz::cleanLines(text);
        pool.insert(pool.end(), cleaned.begin(), cleaned.end());
        if (parsed) {
            for (auto& line : cleaned) wipe(line);
            cleaned = parsed->lines;
            asParsed(glyphReads, glyphReadsBefore, *parsed);
        }
        reads.push_back(std::move(cleaned));
        wipe(text);
        if (keep(parsed ? std::optional(std::move(parsed.value())) : std::nullopt)) return true;
        // The best document with the characters the OCR-B glyphs clearly read otherwise (the
        // LSTM's habitual misreads, which no vote among its own reads can undo).
        if (auto corrected = read.document ? glyphCorrected(glyphReads, *read.document) : std::nullopt) {
            auto fixed = parseTravelDocument(*corrected, thisYear);
            wipe(*corrected);
            if (keep(fixed ? std::optional(std::move(fixed.value())) : std::nullopt)) return true;
        }
        // The best document with the cells where the reads are split settled as the glyphs lean.
        if (auto settledText = read.document ? splitCellsSettled(reads, glyphReads, *read.document) : std::nullopt) {
            auto fixed = parseTravelDocument(*settledText, thisYear);
            wipe(*settledText);
            if (keep(fixed ? std::optional(std::move(fixed.value())) : std::nullopt)) return true;
        }
        if (!read.document || reads.size() < 3) return false;
        std::string voted = consensusText(reads, *read.document);
        auto consensus = parseTravelDocument(voted, thisYear);
        wipe(voted);
        return keep(consensus ? std::optional(std::move(consensus.value())) : std::nullopt);
    };
    // A band is read in up to six preparations; one whose first read shows no filler at all
    // is printed text, not a zone, and is left after that read (a non-document is refused fast).
    const auto readBand = [&](const MrzBand& band) {
        bool first = true;
        for (int target : kTargetLineHeights) {
            const int h = band.lineHeight;
            PixPtr scaled = cropScaled(grey, band.left - 2 * h, band.top - h, band.right + 2 * h, band.bottom + h, h,
                                       target);
            PixPtr crop = scaled ? deskew(scaled.get()) : nullptr;
            if (!crop) return;
            // As for Vietnamese cards: the LSTM merges long filler runs and drops the digit
            // after them, which it reads one by one when the band is spread wider; glare and
            // coloured backgrounds read better binarised.
            PixPtr wide = own(pixScale(crop.get(), kWideStretch, 1.0f));
            PixPtr binary = binarize(crop.get());
            for (PIX* variant : {crop.get(), wide.get(), binary.get()}) {
                if (variant == nullptr) continue;
                if (deadline.passed()) {
                    read.timedOut = true;
                    return;
                }
                auto lines = mrzEngine.readLines(variant, kSingleBlock, deadline.remainingMs(), true);
                if (deadline.passed()) {
                    // Tesseract stops at the deadline and returns what it had: a partial read
                    // a less busy machine would not have made.
                    for (auto& line : lines) wipe(line.text);
                    read.timedOut = true;
                    return;
                }
                const size_t glyphReadsBefore = glyphReads.size();
                onGrid(lines, variant, seenKs, glyphReads);
                const bool finished = take(lines, glyphReadsBefore);
                for (auto& line : lines) wipe(line.text);
                if (finished) return;
                if (first && !std::any_of(reads.back().begin(), reads.back().end(),
                                          [](const std::string& l) { return l.find('<') != std::string::npos; })) {
                    return;
                }
                // A run of filler (every zone has one, between the names at least): a zone,
                // whether or not it can be read.
                read.zoneSeen = read.zoneSeen ||
                                std::any_of(reads.back().begin(), reads.back().end(),
                                            [](const std::string& l) { return l.find("<<") != std::string::npos; });
                first = false;
            }
        }
    };
    for (const auto& band : bands) {
        for (auto& line : pool) wipe(line);
        pool.clear();
        readBand(band);
        if (read.timedOut || done() || keep(combineReads(pool, thisYear))) break;
    }
    for (auto& line : pool) wipe(line);
    for (auto& lines : reads) {
        for (auto& line : lines) wipe(line);
    }
    for (auto& k : seenKs) wipe(k.line);
    wipe(glyphReads);
    return read;
}

}  // namespace scanners

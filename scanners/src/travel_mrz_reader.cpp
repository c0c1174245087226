#include "travel_mrz_reader.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "mrz_grid.hpp"
#include "mrz_text.hpp"
#include "preprocess.hpp"
#include "scanners/wipe.hpp"
#include "travel_document_layout.hpp"

namespace scanners {
namespace {

// The band search works on a copy this wide: a 250 px scan is enlarged (its 7 px glyphs become
// about 30 px, which the closing below joins reliably), a 12 MP photo reduced.
constexpr float kWorkWidth = 1200.0f;
constexpr float kMaxEnlargement = 5.0f;
// A zone line spans most of its document; a document may fill a third of the photo's width.
constexpr float kMinLineShare = 0.28f;
constexpr int kMinLineAspect = 10;
constexpr size_t kMaxBands = 3;
// Tesseract reads capitals best at about 30-40 px (peer-systems.md §4.4).
constexpr int kTargetLineHeights[] = {36, 28};
constexpr int kSingleBlock = 6;  // tesseract::PSM_SINGLE_BLOCK
constexpr float kWideStretch = 1.4f;

struct Box {
    int x, y, w, h;
};

std::vector<Box> lineBlobs(PIX* binary, int workWidth) {
    // Glyphs of one line joined into one blob (the gap between OCR-B glyphs is under half their
    // height; a 1 px high brick never joins two lines).
    const int join = std::max(9, workWidth / 40);
    PixPtr closed = own(pixCloseBrick(nullptr, binary, join, 1));
    if (!closed) return {};
    BOXA* boxes = pixConnComp(closed.get(), nullptr, 8);
    std::vector<Box> blobs;
    for (int i = 0; boxes && i < boxaGetCount(boxes); ++i) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (h >= 5 && static_cast<float>(w) >= kMinLineShare * static_cast<float>(workWidth) &&
            w >= kMinLineAspect * h && h <= workWidth / 12) {
            blobs.push_back({x, y, w, h});
        }
    }
    boxaDestroy(&boxes);
    std::sort(blobs.begin(), blobs.end(), [](const Box& a, const Box& b) { return a.y < b.y; });
    return blobs;
}

// True when `below` can be the next line of the zone after `above`: as wide (within a fifth),
// as high (within half: a card's dark edge under the zone is a long, thin blob too), starting
// at the same place, one to three line heights lower.
bool nextLine(const Box& above, const Box& below) {
    const int wider = std::max(above.w, below.w);
    const int h = std::max(above.h, below.h);
    const int step = below.y - above.y;
    return std::abs(above.w - below.w) * 5 <= wider && std::abs(above.x - below.x) * 10 <= wider &&
           std::min(above.h, below.h) * 3 >= h * 2 && step * 10 >= h * 9 && step <= 3 * h;
}

// Each line read again on the zone's fixed-pitch grid where it fits one (filler the LSTM merged
// put back, so the check digit after a filler run is in its place); its symbols wiped.
// A K the grid saw with a K's stem: the line as gridded and the K's column.
struct SeenK {
    std::string line;
    size_t column = 0;
};

void onGrid(std::vector<OcrTextLine>& lines, PIX* image, std::vector<SeenK>& seenKs) {
    PixPtr binary = pixGetDepth(image) == 1 ? nullptr : binarize(image);
    for (auto& line : lines) {
        if (auto gridded = gridLine(line, binary ? binary.get() : image)) {
            for (size_t i = 0; i < gridded->stemmedK.size(); ++i) {
                if (gridded->stemmedK[i]) seenKs.push_back({gridded->text, i});
            }
            wipe(line.text);
            line.text = std::move(gridded->text);
        }
        for (auto& symbol : line.symbols) symbol.ch = 0;
    }
}

// The parser flags a name part ending in K (OCR reads the filler after a name as K, twice
// alike on a clean page); when that is the only flaw and two grid reads of the line saw a K's
// stem at each such K, the K is printed and the name is read ("ERIK", "MAREK").
void settlePartFinalKs(TravelDocument& document, const std::vector<SeenK>& seenKs) {
    if (!document.nameUncertain || document.unprovenPartFinalKs.empty()) return;
    for (const auto& position : document.unprovenPartFinalKs) {
        const auto seen = std::count_if(seenKs.begin(), seenKs.end(), [&](const SeenK& k) {
            return k.column == position.second && k.line == document.lines[position.first];
        });
        if (seen < 2) return;
    }
    document.nameUncertain = false;
    document.unprovenPartFinalKs.clear();
}

// Valid check digits first, then a name read cleanly.
int score(const TravelDocument& document) {
    int valid = 0;
    for (const auto& check : document.checks) valid += check.valid ? 1 : 0;
    return 2 * valid + (document.nameUncertain ? 0 : 1);
}

using Reads = std::vector<std::vector<std::string>>;  // each OCR read's cleaned lines

// What the format allows at each character of a document's lines: letters only (document
// code, issuer, nationality, sex, name), digits only (dates, check digits), or either.
enum class Kind : unsigned char { Either, Letter, Digit };
using Kinds = std::vector<std::vector<Kind>>;

Kinds characterKinds(const TravelDocument& document) {
    Kinds kinds;
    for (const auto& line : document.lines) kinds.emplace_back(line.size(), Kind::Either);
    const auto mark = [&](mrz::Position at, size_t length, Kind kind) {
        for (size_t i = 0; at.line < kinds.size() && i < length && at.column + i < kinds[at.line].size(); ++i) {
            kinds[at.line][at.column + i] = kind;
        }
    };
    const auto fields = mrz::plainFields(document.format);
    for (const auto& [at, length] : {std::pair{fields.code, size_t{2}}, std::pair{fields.issuer, size_t{3}},
                                     std::pair{fields.nationality, size_t{3}}, std::pair{fields.sex, size_t{1}},
                                     std::pair{fields.name, fields.nameLength}}) {
        mark(at, length, Kind::Letter);
    }
    mark(fields.dob, 6, Kind::Digit);
    mark(fields.expiry, 6, Kind::Digit);
    for (const auto& checked : mrz::checkedSpans(document.format, document.lines)) mark(checked.check, 1, Kind::Digit);
    return kinds;
}

// True when `read` at a position of this kind means `wanted`: the same character, or a digit
// in a letters-only field that is that letter's shape ('1' for I), or a letter in a digits-only
// field that can only be that digit ('O' for 0), as the parser itself reads such fields.
bool sameMeaning(char read, char wanted, Kind kind) {
    if (read == wanted) return true;
    if (kind == Kind::Letter) return mrz::letterForDigit(read) == wanted;
    if (kind == Kind::Digit) return mrz::digitCandidates(read) == std::string_view(&wanted, 1);
    return false;
}

// Each read's version of `wanted` (a line of the document, `kinds` its characters' kinds): the
// read's line that, fitted to its length, differs from it least, if by at most a third of its
// characters; characters that mean the same by the format are taken as the document's.
std::vector<std::string> versions(const Reads& reads, const std::string& wanted, const std::vector<Kind>& kinds) {
    std::vector<std::string> out;
    for (const auto& read : reads) {
        std::optional<std::string> closest;
        size_t fewest = wanted.size() / 3 + 1;
        for (const auto& line : read) {
            auto fitted = mrz::fitToLength(line, wanted.size());
            if (!fitted) continue;
            size_t differences = 0;
            for (size_t c = 0; c < wanted.size(); ++c) {
                char& seen = (*fitted)[c];
                if (sameMeaning(seen, wanted[c], kinds[c])) seen = wanted[c];
                differences += seen != wanted[c];
            }
            if (differences < fewest) {
                fewest = differences;
                closest = std::move(fitted);
            }
        }
        if (closest) out.push_back(std::move(*closest));
    }
    return out;
}

// Every line given alike by at least two reads, and by more reads than any other version of
// it: a read that satisfies the check digits by chance (one in ten per digit, and many reads are
// tried), or a name line no check digit covers, is not taken on one read's word.
bool confirmedByReads(const Reads& reads, const TravelDocument& document) {
    const Kinds kinds = characterKinds(document);
    for (size_t i = 0; i < document.lines.size(); ++i) {
        const auto seen = versions(reads, document.lines[i], kinds[i]);
        const long agreeing = std::count(seen.begin(), seen.end(), document.lines[i]);
        if (agreeing < 2) return false;
        // Two reads alike are no proof when as many others agree on something else (the same
        // confusion, IDD read as IOD, can come out of two preparations of one band).
        for (const auto& version : seen) {
            if (version != document.lines[i] && std::count(seen.begin(), seen.end(), version) >= agreeing) return false;
        }
    }
    return true;
}

// Each line of the document replaced by the reads' most frequent version of it, when that was
// read at least twice and more often than the document's own: OCR misreads the filler as K in
// one read and not in the next.
std::string consensusText(const Reads& reads, const TravelDocument& document) {
    std::string text;
    const Kinds kinds = characterKinds(document);
    for (size_t i = 0; i < document.lines.size(); ++i) {
        const std::string& line = document.lines[i];
        const auto seen = versions(reads, line, kinds[i]);
        std::string voted = line;
        long best = std::count(seen.begin(), seen.end(), line);
        for (const auto& version : seen) {
            const long votes = std::count(seen.begin(), seen.end(), version);
            if (votes >= 2 && votes > best) {
                best = votes;
                voted = version;
            }
        }
        text += voted + "\n";
    }
    return text;
}

constexpr size_t kMaxPooledLines = 12;

// Each read of a band may get a different line right, and no check digit spans two lines of a
// TD2/TD3 zone's name and data, nor a TD1 zone's name line: the reads' lines are combined, each
// combination judged by its own check digits (a stand-in name line while TD1's data lines are
// chosen, then each read name line with them).
std::optional<TravelDocument> combineReads(const std::vector<std::string>& pool, int thisYear) {
    std::optional<TravelDocument> best;
    const auto consider = [&](const std::string& text) {
        auto parsed = parseTravelDocument(text, thisYear);
        if (parsed && (!best || score(*parsed) > score(*best))) best = std::move(parsed.value());
    };
    for (const size_t length : {size_t{30}, size_t{36}, size_t{44}}) {
        std::vector<std::string> lines;
        for (const auto& line : pool) {
            const size_t error = line.size() > length ? line.size() - length : length - line.size();
            if (error <= 4 && lines.size() < kMaxPooledLines &&
                std::find(lines.begin(), lines.end(), line) == lines.end()) {
                lines.push_back(line);
            }
        }
        if (length != 30) {
            for (const auto& first : lines) {
                for (const auto& second : lines) {
                    if (&first != &second) consider(first + "\n" + second);
                }
            }
            continue;
        }
        const std::string standIn = "A<<A" + std::string(26, '<');
        std::optional<TravelDocument> data;
        for (const auto& first : lines) {
            for (const auto& second : lines) {
                if (&first == &second) continue;
                auto parsed = parseTravelDocument(first + "\n" + second + "\n" + standIn, thisYear);
                if (parsed && (!data || score(*parsed) > score(*data))) data = std::move(parsed.value());
            }
        }
        if (!data) continue;
        for (const auto& name : lines) {
            consider(data->lines[0] + "\n" + data->lines[1] + "\n" + name);
        }
    }
    return best;
}

}  // namespace

std::vector<MrzBand> findMrzBands(PIX* grey) {
    const int width = pixGetWidth(grey);
    if (width <= 0) return {};
    const float scale = std::min(kMaxEnlargement, kWorkWidth / static_cast<float>(width));
    PixPtr work = own(pixScale(grey, scale, scale));
    PixPtr binary = work ? binarize(work.get()) : nullptr;
    if (!binary) return {};
    auto blobs = lineBlobs(binary.get(), pixGetWidth(work.get()));
    if (blobs.size() < 2) {
        // A pale zone on a patterned page (light grey print under a laminate): the background
        // flattened first, then a lower Sauvola factor keeps faint glyphs.
        PixPtr flat = own(pixBackgroundNormSimple(work.get(), nullptr, nullptr));
        PIX* faint = nullptr;
        if (flat && pixSauvolaBinarizeTiled(flat.get(), 15, 0.15f, 1, 1, nullptr, &faint) == 0) {
            PixPtr owned = own(faint);
            blobs = lineBlobs(owned.get(), pixGetWidth(work.get()));
        }
    }
    std::vector<MrzBand> bands;
    for (size_t i = 0; i < blobs.size(); ++i) {
        // The longest chain of zone-like lines starting here (two or three lines).
        std::vector<Box> chain{blobs[i]};
        for (size_t j = i + 1; j < blobs.size() && chain.size() < 3; ++j) {
            if (nextLine(chain.back(), blobs[j])) chain.push_back(blobs[j]);
        }
        if (chain.size() < 2) continue;
        Box all = chain.front();
        int heights = 0;
        for (const auto& b : chain) {
            const int right = std::max(all.x + all.w, b.x + b.w);
            const int bottom = std::max(all.y + all.h, b.y + b.h);
            all.x = std::min(all.x, b.x);
            all.y = std::min(all.y, b.y);
            all.w = right - all.x;
            all.h = bottom - all.y;
            heights += b.h;
        }
        const auto back = [scale](int v) { return static_cast<int>(std::lround(static_cast<float>(v) / scale)); };
        bands.push_back({back(all.x), back(all.y), back(all.x + all.w), back(all.y + all.h),
                         std::max(1, back(heights / static_cast<int>(chain.size()))),
                         static_cast<int>(chain.size())});
    }
    // The zone is at the bottom of its document: the lowest bands first, and a band that is a
    // piece of a longer one dropped.
    std::sort(bands.begin(), bands.end(),
              [](const MrzBand& a, const MrzBand& b) { return a.bottom > b.bottom; });
    std::vector<MrzBand> distinct;
    for (const auto& band : bands) {
        const bool inside = std::any_of(distinct.begin(), distinct.end(), [&](const MrzBand& d) {
            return band.top >= d.top - d.lineHeight && band.bottom <= d.bottom + d.lineHeight;
        });
        if (!inside) distinct.push_back(band);
        if (distinct.size() == kMaxBands) break;
    }
    return distinct;
}

TravelMrzRead readTravelMrz(OcrEngine& mrzEngine, PIX* grey, const Deadline& deadline,
                            int thisYear, const std::function<bool(const TravelDocument&)>& settled) {
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
    // Valid checks first, then lines read alike twice, then a clean name.
    const auto rank = [&](const TravelDocument& document) {
        return 2 * score(document) + (confirmedByReads(reads, document) ? 3 : 0);
    };
    const auto done = [&] {
        if (!read.document || !read.document->checksValid()) return false;
        return (!read.document->nameUncertain && read.confirmed) || settled(*read.document);
    };
    const auto keep = [&](std::optional<TravelDocument> document) {
        if (document) settlePartFinalKs(*document, seenKs);
        if (read.document) {
            settlePartFinalKs(*read.document, seenKs);
            read.confirmed = confirmedByReads(reads, *read.document);
        }
        if (document && (!read.document || rank(*document) > rank(*read.document))) {
            read.document = std::move(document);
            read.confirmed = confirmedByReads(reads, *read.document);
        }
        return done();
    };
    // True when reading may stop: a zone whose every check holds and whose name reads cleanly.
    const auto take = [&](const std::vector<OcrTextLine>& lines) {
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
        }
        reads.push_back(std::move(cleaned));
        wipe(text);
        if (keep(parsed ? std::optional(std::move(parsed.value())) : std::nullopt)) return true;
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
            PixPtr scaled = cropScaled(grey, band.left - 2 * h, band.top - h, band.right + 2 * h,
                                       band.bottom + h, h, target);
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
                onGrid(lines, variant, seenKs);
                const bool finished = take(lines);
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
    return read;
}

}  // namespace scanners

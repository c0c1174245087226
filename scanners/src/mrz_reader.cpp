#include "mrz_reader.hpp"

#include <algorithm>
#include <string>

#include "preprocess.hpp"

namespace scanners {
namespace {

// Tesseract reads capitals best at about 30-40 px (peer-systems.md §4.4).
constexpr int kTargetLineHeights[] = {40, 30, 50};
constexpr int kSingleBlock = 6;  // tesseract::PSM_SINGLE_BLOCK
constexpr float kWideStretch = 1.4f;
// Reads spent on a name line the QR's name would confirm, once lines 1-2 are proven.
constexpr int kExtraNameReads = 3;

// Layout analysis often cuts the widely spaced OCR-B lines into pieces, so pieces count:
// a run of the MRZ alphabet with a "<<", or one made almost only of capitals and digits.
bool looksLikeMrzPiece(const std::string& text) {
    size_t mrzChars = 0, total = 0;
    for (char c : text) {
        if (c == ' ') continue;
        ++total;
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<') ++mrzChars;
    }
    if (text.find("<<") != std::string::npos) return mrzChars * 10 >= total * 7;
    return total >= 8 && mrzChars * 10 >= total * 9;
}

struct Region {
    int left, top, right, bottom, lineHeight;
};

// The box around the MRZ pieces, widened to whole lines and to at least three lines' height.
std::optional<Region> mrzRegion(const std::vector<OcrTextLine>& lines) {
    std::vector<const OcrTextLine*> pieces;
    bool filler = false;
    for (const auto& line : lines) {
        if (!looksLikeMrzPiece(line.text)) continue;
        pieces.push_back(&line);
        filler = filler || line.text.find("<<") != std::string::npos;
    }
    if (!filler) return std::nullopt;
    Region r{pieces[0]->left, pieces[0]->top, pieces[0]->right, pieces[0]->bottom, 0};
    std::vector<int> heights;
    for (const auto* line : pieces) {
        r.left = std::min(r.left, line->left);
        r.top = std::min(r.top, line->top);
        r.right = std::max(r.right, line->right);
        r.bottom = std::max(r.bottom, line->bottom);
        heights.push_back(line->bottom - line->top);
    }
    std::sort(heights.begin(), heights.end());
    const int h = std::max(8, heights[heights.size() / 2]);
    r.lineHeight = h;
    const int missing = std::max(0, 5 * h - (r.bottom - r.top));
    r.top -= h + missing / 2;
    r.bottom += h + missing / 2;
    // Generous sides: the crop is deskewed again, and rotation cuts its corners.
    r.left -= 6 * h;
    r.right += 6 * h;
    return r;
}

std::string joined(const std::vector<OcrTextLine>& lines) {
    std::string text;
    for (const auto& line : lines) text += line.text + "\n";
    return text;
}

// A line of one OCR read of the MRZ, with the line that followed it in that read.
struct PooledLine {
    std::string text;
    std::string next;
};

constexpr size_t kMaxPooledLines = 32;

void addToPool(std::vector<PooledLine>& pool, const std::vector<OcrTextLine>& lines) {
    for (size_t i = 0; i < lines.size() && pool.size() < kMaxPooledLines; ++i) {
        pool.push_back({lines[i].text, i + 1 < lines.size() ? lines[i + 1].text : ""});
    }
}

// Each read may get a different line right. Lines 1 and 2 are checked independently (their
// own check digits, then the composite over both), so pairing line 1 of one read with line 2
// of another is as proven as a single read.
Result<MrzRecord> combineReads(const std::vector<PooledLine>& pool) {
    constexpr size_t kShortestFieldLine = 19;  // line 2 up to its nationality, plus a check digit
    for (const auto& first : pool) {
        if (first.text.size() < kShortestFieldLine) continue;
        for (const auto& second : pool) {
            if (&first == &second || second.text.size() < kShortestFieldLine) continue;
            auto two = parseMrz(first.text + "\n" + second.text);
            if (!two) continue;
            if (!second.next.empty()) {
                auto three = parseMrz(first.text + "\n" + second.text + "\n" + second.next);
                if (three && !three->surname.empty()) return three;
            }
            return two;
        }
    }
    return Error{"mrz.check_digit", "Chữ số kiểm tra của vùng MRZ không khớp; cần chụp lại.",
                 "mrz"};
}

}  // namespace

MrzAttempt readMrz(OcrEngine& mrzEngine, PIX* straightGrey,
                   const std::vector<OcrTextLine>& printedLines, const Deadline& deadline,
                   std::string_view nameHint) {
    MrzAttempt attempt;
    // The name line has no check digit: with a name from the QR at hand, a record whose name
    // line that name does not confirm is kept, and a few more reads may bring one it does.
    const auto confirmed = [nameHint](const MrzRecord& record) {
        return nameHint.empty() || confirmedNameLine(record.lines[2], nameHint).has_value();
    };
    int readsLeftForName = kExtraNameReads;
    // True when reading may stop: a record whose name line is confirmed (or needs no
    // confirming), or one unconfirmed after the extra reads.
    const auto keep = [&](Result<MrzRecord> parsed, const std::vector<std::string>& readLines) {
        if (parsed) {
            if (!attempt.record || confirmed(*parsed)) attempt.record = std::move(parsed.value());
        } else if (!attempt.record && (!attempt.error || attempt.error->code == "mrz.not_found")) {
            attempt.error = parsed.error();
        }
        if (!attempt.record) return false;
        if (confirmed(*attempt.record)) return true;
        // Lines 1-2 are proven; any line of this read may be the name line the hint confirms.
        const auto& lines = attempt.record->lines;
        for (const auto& line : readLines) {
            auto withName = parseMrz(lines[0] + "\n" + lines[1] + "\n" + line);
            if (withName && confirmed(*withName)) {
                attempt.record = std::move(withName.value());
                return true;
            }
        }
        return readsLeftForName-- <= 0;
    };
    const auto texts = [](const std::vector<OcrTextLine>& lines) {
        std::vector<std::string> out;
        for (const auto& line : lines) out.push_back(line.text);
        return out;
    };
    // The printed-text model sometimes reads the MRZ well enough on its own, at no extra cost.
    if (keep(parseMrz(joined(printedLines)), texts(printedLines))) return attempt;
    const auto region = mrzRegion(printedLines);
    if (!region) {
        if (!attempt.record) attempt.error = Error{"mrz.not_found", "Không thấy vùng MRZ trong ảnh.", "mrz"};
        return attempt;
    }
    std::vector<PooledLine> pool;
    for (int target : kTargetLineHeights) {
        if (deadline.passed()) break;
        PixPtr scaled = cropScaled(straightGrey, region->left, region->top, region->right,
                                   region->bottom, region->lineHeight, target);
        // A card seen at an angle leaves the MRZ with its own slope after the page deskew.
        PixPtr crop = scaled ? deskew(scaled.get()) : nullptr;
        if (!crop) break;
        // The LSTM merges a long run of fillers and drops the check digit after it (line 2's
        // composite); spread wider, the same glyphs are read one by one.
        PixPtr wide = own(pixScale(crop.get(), kWideStretch, 1.0f));
        PixPtr binary = binarize(crop.get());
        // Glare fades part of a line: flattening the background restores its contrast.
        PixPtr flat = own(pixBackgroundNormSimple(crop.get(), nullptr, nullptr));
        for (PIX* variant : {crop.get(), wide.get(), binary.get(), flat.get()}) {
            if (variant == nullptr || deadline.passed()) continue;
            const auto lines = mrzEngine.readLines(variant, kSingleBlock, deadline.remainingMs());
            if (keep(parseMrz(joined(lines)), texts(lines))) return attempt;
            addToPool(pool, lines);
        }
    }
    if (!attempt.record) keep(combineReads(pool), {});
    return attempt;
}

}  // namespace scanners

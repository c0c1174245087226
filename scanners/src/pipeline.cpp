#include "scanners/pipeline.hpp"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <utility>

#include "deadline.hpp"
#include "image_decode.hpp"
#include "mrz_reader.hpp"
#include "ocr_engine.hpp"
#include "preprocess.hpp"
#include "printed_name.hpp"
#include "qr_passes.hpp"
#include "scanners/fusion.hpp"
#include "scanners/wipe.hpp"
#include "travel_mrz_reader.hpp"

namespace scanners {
namespace {

constexpr int kPageSegAuto = 3;  // tesseract::PSM_AUTO
// The MRZ alphabet, plus 'o': with a whitelist the LSTM drops a character it would read as 'o'
// rather than pick '0' or 'O' (seen on check digits after long filler runs); the MRZ parser
// upper-cases it and lets the field type decide.
constexpr Date kCanCuocStart{2024, 7, 1};

constexpr const char* kMrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<o";

bool anythingPrinted(const PrintedCard& card) {
    return card.cardType != CardType::Unknown || card.idNumber || card.fullName || card.dob ||
           card.sex || card.nationality || card.address || card.issueDate || card.expiryDate;
}

int currentYear() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return utc.tm_year + 1900;
}

// A Vietnamese ID card's zone (TD1, code I…, issued by VNM) is read by the card path, with its
// QR and printed text; a Vietnamese passport is a travel document like any other.
bool isVietnameseCard(const TravelDocument& document) {
    return document.format == MrzFormat::TD1 && document.issuer == "VNM" &&
           document.documentCode.starts_with('I');
}

// One warning per failed check digit, naming the field; the zone stays as printed.
std::vector<std::string> checkWarnings(const TravelDocument& document) {
    std::vector<std::string> warnings;
    for (const auto& field : document.failedChecks()) {
        warnings.push_back("Chữ số kiểm tra của vùng MRZ không khớp (" + field +
                           "); thông tin giữ nguyên như in trên giấy tờ, cần kiểm tra lại.");
    }
    return warnings;
}

Error notRecognised() {
    return Error{"document.not_recognised",
                 "Không nhận ra giấy tờ: ảnh không có mã QR của căn cước và không có vùng MRZ.",
                 "scan"};
}

// What one scan collects from its photos before fusion.
struct Collected {
    std::optional<QrPayload> qr;
    std::optional<std::string> qrText;
    std::optional<Error> qrError;
    std::optional<MrzRecord> mrz;
    std::optional<Error> mrzError;
    std::vector<OcrLine> printed;

    ~Collected() {
        if (qrText) wipe(*qrText);
        for (auto& line : printed) wipe(line.text);
    }
};

}  // namespace

struct Pipeline::Impl {
    PipelineOptions options;
    std::unique_ptr<OcrEngine> printedEngine;
    std::unique_ptr<OcrEngine> mrzEngine;

    bool takeQr(std::vector<std::string> texts, Collected& c) {
        for (auto& text : texts) {
            auto parsed = parseQrPayload(text);
            if (parsed && !c.qr) {
                c.qr = std::move(parsed.value());
                c.qrText = std::move(text);
            } else if (!parsed) {
                c.qrError = parsed.error();
            }
            wipe(text);
        }
        return c.qr.has_value();
    }

    // The MRZ of one prepared picture; true when it held MRZ lines that failed their checks
    // (a different preparation may still read them).
    bool readMrzOf(PIX* straight, const std::vector<OcrTextLine>& lines, Collected& c,
                   const Deadline& deadline) {
        if (c.mrz || deadline.passed()) return false;
        const std::string_view nameHint = c.qr ? std::string_view(c.qr->fullName) : std::string_view();
        auto attempt = readMrz(*mrzEngine, straight, lines, deadline, nameHint);
        if (attempt.record) {
            c.mrz = std::move(attempt.record);
            return false;
        }
        if (attempt.error && (!c.mrzError || c.mrzError->code == "mrz.not_found")) {
            c.mrzError = attempt.error;
        }
        return attempt.error && attempt.error->code != "mrz.not_found";
    }

    void readText(PIX* grey, Collected& c, const Deadline& deadline) {
        // The card cut out of the photo: a patterned desk around a tilted card misled the skew
        // search and the layout analysis (no line found at all on some hard photos).
        PixPtr card = cardOnly(grey);
        PixPtr straight = deskew(card ? card.get() : grey);
        if (!straight || deadline.passed()) return;
        // With the QR read, the printed text is wanted only to find the MRZ, which both cards
        // print across the bottom of their back: the cut card's lower half is read first
        // (printed-text OCR is most of a scan's time), the whole card only if it held no MRZ.
        if (card && c.qr && !c.mrz) {
            const int width = pixGetWidth(straight.get()), height = pixGetHeight(straight.get());
            BOX* lower = boxCreate(0, height / 2, width, height - height / 2);
            PixPtr band = own(pixClipRectangle(straight.get(), lower, nullptr));
            boxDestroy(&lower);
            if (band) {
                auto bandLines = printedEngine->readLines(band.get(), kPageSegAuto, deadline.remainingMs());
                readMrzOf(band.get(), bandLines, c, deadline);
                for (auto& line : bandLines) wipe(line.text);
                if (deadline.passed() || (c.mrz && confirmedNameLine(c.mrz->lines[2], c.qr->fullName))) return;
            }
        }
        // A band read whose name line the QR's name did not confirm is kept, and the whole card
        // read for a better one (its layout analysis cuts the lines differently).
        std::optional<MrzRecord> bandRecord = std::exchange(c.mrz, std::nullopt);
        auto lines = printedEngine->readLines(straight.get(), kPageSegAuto, deadline.remainingMs());
        const bool mrzFailed = readMrzOf(straight.get(), lines, c, deadline);
        if (bandRecord && !(c.mrz && confirmedNameLine(c.mrz->lines[2], c.qr->fullName))) {
            c.mrz = std::move(bandRecord);
        }
        for (auto& line : lines) {
            c.printed.push_back({line.text, line.confidence});
            wipe(line.text);
        }
        c.printed.push_back({"", 0.0f});  // keeps one photo's labels from reaching the next
        // In perspective the cut card deskews to its printed text's slope, not always the
        // MRZ's: MRZ lines seen but not proven are read again from the whole photo, as before
        // the cut (one hard CCCD in 15 needed it). Only the MRZ is taken from this second read.
        if (card && mrzFailed && !c.mrz && !deadline.passed()) {
            PixPtr whole = deskew(grey);
            if (!whole || deadline.passed()) return;
            auto again = printedEngine->readLines(whole.get(), kPageSegAuto, deadline.remainingMs());
            readMrzOf(whole.get(), again, c, deadline);
            for (auto& line : again) wipe(line.text);
        }
    }

    Result<ScanReport> scan(std::span<const ImageBytes> images) {
        Deadline deadline(std::chrono::milliseconds(options.timeBudgetMs));
        if (images.empty()) {
            return Error{"scan.no_images", "Chưa có ảnh nào để đọc.", "image"};
        }
        DecodeLimits limits;
        limits.maxBytes = options.maxImageBytes;
        Collected c;
        std::vector<PixPtr> greys;
        for (size_t i = 0; i < images.size(); ++i) {
            auto grey = decodeImage(images[i], limits);
            if (!grey) {
                Error error = grey.error();
                error.where = "image:" + std::to_string(i + 1);
                return error;
            }
            greys.push_back(std::move(grey.value()));
        }
        const std::optional<size_t> qrImage = readQrPasses(greys, [this, &c](std::vector<std::string> texts) {
            return takeQr(std::move(texts), c);
        });
        // Without a Vietnamese QR the photos may show any document: its MRZ band is looked for
        // first (morphology, then OCR of that band only). A foreign document is reported from
        // its zone alone; photos with neither a QR, nor anything shaped like a zone, nor a
        // card-shaped region are refused at once rather than after the whole printed-text search
        // (a Vietnamese card whose zone was seen but not read goes on to it).
        // A zone search stopped by its time limit: what follows is not what a scan with time
        // to finish would have read, and the answer says so.
        bool zoneTimedOut = false;
        // A zone was seen (its filler read) but not read: the answer says so, and not that
        // there is no document.
        bool zoneSeen = false;
        if (!c.qr) {
            const int thisYear = currentYear();
            // At most this long: a foreign document read in that time or not, the answer comes
            // well within the budget of a card.
            const Deadline zoneDeadline(
                std::chrono::milliseconds(std::min(options.zoneSearchBudgetMs, deadline.remainingMs())));
            bool bandFound = false;
            for (const auto& grey : greys) {
                auto travel = readTravelMrz(*mrzEngine, grey.get(), zoneDeadline, thisYear, isVietnameseCard);
                bandFound = bandFound || travel.bandFound;
                zoneTimedOut = zoneTimedOut || travel.timedOut;
                zoneSeen = zoneSeen || travel.zoneSeen;
                if (!travel.document) {
                    if (travel.timedOut) break;
                    continue;
                }
                if (!isVietnameseCard(*travel.document)) {
                    ScanReport report;
                    report.notes = checkWarnings(*travel.document);
                    if (travel.document->nameUncertain) {
                        report.notes.push_back("Họ tên trong vùng MRZ đọc không chắc chắn; cần kiểm tra lại.");
                    }
                    if (travel.timedOut) {
                        report.notes.push_back(
                            "Hết thời gian đọc vùng MRZ trước khi đọc xong; kết quả "
                            "có thể thiếu, cần đối chiếu với giấy tờ.");
                    }
                    if (!travel.confirmed) {
                        report.notes.push_back("Vùng MRZ chưa đọc được hai lần giống nhau; cần đối chiếu "
                                               "với giấy tờ.");
                    }
                    report.document = std::move(travel.document);
                    report.elapsedMs = deadline.elapsedMs();
                    return report;
                }
                // A Vietnamese card: read by the card path exactly as without this search (its
                // MRZ reader confirms the name line against the QR or the printed name, which a
                // zone read alone cannot; handing this read over lost a card's MRZ in the corpus).
                break;
            }
            // A card-shaped light region may still be a Vietnamese card whose zone the band
            // search missed (blur, glare): only photos with neither go without the full search.
            const bool cardShaped = std::any_of(greys.begin(), greys.end(),
                                                [](const PixPtr& g) { return cardOnly(g.get()) != nullptr; });
            if (!bandFound && !cardShaped) return notRecognised();
            // What may be a Vietnamese card keeps its whole budget for the card search below:
            // the zone search (at most zoneSearchBudgetMs) comes on top, not out of it.
            deadline.extend(std::chrono::milliseconds(zoneDeadline.elapsedMs()));
        }
        // Printed-text OCR is most of a scan's time, and with the QR read it is needed only to
        // find the MRZ. The chip CCCD carries both on its back; the Căn cước (issued from
        // 01/07/2024, which the QR's issue date tells) has its QR on the front. So the photo
        // likely to hold the MRZ is read first, and the others only if it did not.
        std::vector<size_t> order(greys.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        if (qrImage) {
            const bool qrBesideMrz = !(c.qr->issueDate && *c.qr->issueDate >= kCanCuocStart);
            std::stable_partition(order.begin(), order.end(),
                                  [&](size_t i) { return (i == *qrImage) == qrBesideMrz; });
        }
        for (size_t i : order) {
            if (deadline.passed() || (c.qr && c.mrz)) break;
            readText(greys[i].get(), c, deadline);
        }
        PrintedCard printed = parsePrintedText(c.printed);
        if (!c.qr && c.mrz) confirmPrintedName(printed, c.printed, *c.mrz);
        ScanReport report;
        CardReads reads{c.qr, c.mrz, std::nullopt};
        if (c.qr) report.sources.push_back(FieldSource::Qr);
        if (c.mrz) report.sources.push_back(FieldSource::Mrz);
        if (anythingPrinted(printed)) {
            reads.printed = printed;
            report.sources.push_back(FieldSource::Ocr);
        }
        if (report.sources.empty()) {
            if (deadline.passed() || zoneTimedOut) {
                return Error{"scan.timeout", "Hết thời gian đọc thẻ; vui lòng thử lại.", "scan"};
            }
            if (zoneSeen) {
                return Error{"document.zone_unreadable",
                             "Thấy vùng MRZ trên giấy tờ nhưng không đọc được; vui lòng chụp lại gần hơn, rõ nét "
                             "và đủ sáng.",
                             "scan"};
            }
            return notRecognised();  // no source at all: no QR, no MRZ, no printed card text
        }
        auto identity = fuseIdentity(reads);
        if (!identity) return identity.error();
        report.identity = std::move(identity.value());
        if (c.mrz) report.mrzLines = c.mrz->lines;
        // The name line has no check digit; a name from another source that explains every
        // difference as misread filler proves what the card prints there.
        const auto& name = report.identity.fullName;
        if (report.mrzLines && (name.source == FieldSource::Qr || name.source == FieldSource::Ocr)) {
            if (auto line = confirmedNameLine((*report.mrzLines)[2], name.value)) (*report.mrzLines)[2] = *line;
        }
        if (report.mrzLines && !(*report.mrzLines)[2].empty()) {
            const auto& l = *report.mrzLines;
            auto document = parseTravelDocument(l[0] + "\n" + l[1] + "\n" + l[2], currentYear());
            if (document) report.document = std::move(document.value());
        }
        if (c.qrText) report.qrText = *c.qrText;
        if (!c.qr) report.notes.push_back(c.qrError ? c.qrError->message : "Không thấy mã QR.");
        if (!c.mrz && c.mrzError) report.notes.push_back(c.mrzError->message);
        if (deadline.passed() || zoneTimedOut) report.notes.push_back("Hết thời gian xử lý; kết quả có thể thiếu.");
        report.elapsedMs = deadline.elapsedMs();
        return report;
    }
};

void wipeDocument(TravelDocument& document) {
    for (auto& line : document.lines) wipe(line);
    for (std::string* text : {&document.number, &document.surname, &document.givenNames,
                              &document.birthDateRaw, &document.expiryRaw, &document.nationality,
                              &document.issuer, &document.documentCode}) {
        wipe(*text);
    }
    document = TravelDocument{};
}

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

Result<Pipeline> Pipeline::create(const PipelineOptions& options) {
    // Leptonica reports every refused image on stderr; refusals are our errors to report.
    setMsgSeverity(L_SEVERITY_NONE);
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    auto printed = OcrEngine::create(options.tessdataDir, {"vie", "", true});
    if (!printed) return printed.error();
    auto mrz = OcrEngine::create(options.tessdataDir, {"eng", kMrzAlphabet, false});
    if (!mrz) return mrz.error();
    impl->printedEngine = std::move(printed.value());
    impl->mrzEngine = std::move(mrz.value());
    return Pipeline(std::move(impl));
}

Result<ScanReport> Pipeline::scan(std::span<const ImageBytes> images) {
    return m_impl->scan(images);
}

Result<ScanReport> Pipeline::scanFiles(std::span<const std::filesystem::path> paths) {
    std::vector<std::vector<unsigned char>> buffers;
    const auto wipeAll = [&buffers] {
        for (auto& b : buffers) wipe(b);
    };
    for (size_t i = 0; i < paths.size(); ++i) {
        const std::string where = "image:" + std::to_string(i + 1);
        std::error_code ec;
        const auto size = std::filesystem::file_size(paths[i], ec);
        if (ec) {
            wipeAll();
            return Error{"image.unreadable", "Không mở được tệp ảnh.", where};
        }
        if (size > m_impl->options.maxImageBytes) {
            wipeAll();
            return Error{"image.too_large", "Tệp ảnh quá lớn.", where};
        }
        std::ifstream in(paths[i], std::ios::binary);
        std::vector<unsigned char> bytes(static_cast<size_t>(size));
        if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) {
            wipe(bytes);
            wipeAll();
            return Error{"image.unreadable", "Không đọc được tệp ảnh.", where};
        }
        buffers.push_back(std::move(bytes));
    }
    std::vector<ImageBytes> images(buffers.begin(), buffers.end());
    auto report = scan(images);
    wipeAll();
    return report;
}

}  // namespace scanners

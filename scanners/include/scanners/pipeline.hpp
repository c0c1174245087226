#pragma once
// From card photos to an Identity: decode (Leptonica), QR (zxing-cpp), deskew, printed text
// and MRZ (Tesseract), then fusion. Images stay in memory and are wiped after use.
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "scanners/identity.hpp"
#include "scanners/result.hpp"
#include "scanners/travel_document.hpp"

namespace scanners {

struct PipelineOptions {
    std::string tessdataDir;        // empty: Tesseract's default (Debian: /usr/share/tesseract-ocr/5/tessdata)
    int timeBudgetMs = 5000;        // for one scan, all images together; without a Vietnamese QR
                                    // the MRZ zone search comes on top
    // The zone search's own limit (a passport page reads in about 0.5-1.5 s). Its reads are
    // bounded by count; this only stops a scan on a machine too busy to finish them, and such a
    // scan says so in its notes. Tests that score reads set it high, so that the machine's load
    // cannot change what is read.
    int zoneSearchBudgetMs = 1500;
    size_t maxImageBytes = 64u << 20;
};

struct ScanReport {
    Identity identity;
    std::optional<std::array<std::string, 3>> mrzLines;  // after check-digit-proven correction
    std::optional<std::string> qrText;                    // the QR payload as decoded
    std::vector<FieldSource> sources;                     // what was read: Qr, Mrz, Ocr
    // The machine-readable zone as a travel document (any country's passport, ID or residence
    // card; for a Vietnamese card its zone read the same way). A foreign document's report has
    // only this, its notes (failed check digits) and the time: `identity` stays empty.
    std::optional<TravelDocument> document;
    std::vector<std::string> notes;   // why a source was not used (Vietnamese, no personal data)
    long elapsedMs = 0;
};

// Zeroes the personal data a travel document holds (lines, number, names, dates) and clears it.
void wipeDocument(TravelDocument& document);

// An encoded photo (JPEG, PNG, TIFF, BMP, WebP …) in memory.
using ImageBytes = std::span<const unsigned char>;

// Loads the OCR models once; scan() may then be called any number of times. Not thread-safe:
// use one Pipeline per thread. Run the host process with OMP_THREAD_LIMIT=1: Debian's
// Tesseract uses OpenMP, whose spinning threads made a scan 4-5 times slower on two cores.
class Pipeline {
public:
    // Errors: "ocr.model_missing".
    static Result<Pipeline> create(const PipelineOptions& options = {});

    Pipeline(Pipeline&&) noexcept;
    Pipeline& operator=(Pipeline&&) noexcept;
    ~Pipeline();

    // Reads one card from one or more photos of it (front and back, any order). Errors: the
    // image.* codes of a photo that cannot be used (where = "image:N"), "scan.no_images",
    // "document.not_recognised" (no Vietnamese QR and nothing shaped like an MRZ on any photo,
    // found before any printed-text OCR; or nothing of a card read at all),
    // "document.zone_unreadable" (a zone was seen, its filler read, but nothing of it could be
    // read: a photo too small or blurred), "scan.timeout", and fusion's identity.* codes.
    Result<ScanReport> scan(std::span<const ImageBytes> images);

    // The same for files; their bytes are wiped from memory once decoded. Adds "image.unreadable".
    Result<ScanReport> scanFiles(std::span<const std::filesystem::path> paths);

private:
    struct Impl;
    explicit Pipeline(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace scanners

// The 720p webcam corpus (issue 15 §6): cards of both generations photographed by the simulated
// cheap webcam (tools/photo.hpp webcamPhoto: QR at about two pixels a module, soft lens, smear,
// heavy JPEG), generated at test time and read by the real pipeline. Floors may only go up;
// a misread core field, or an identity not fully right given without a warning, never passes.
#include <doctest/doctest.h>

#include <string>

#include "corpus/card_scoring.hpp"

using namespace scanners;

namespace {

struct Folder {
    const char* name;
    CardType type;
    uint64_t seed;
    int minExact;  // cards whose ID number, full name with diacritics, birth date and sex are right
    int minQr;     // cards whose QR was decoded
    int minMrz;    // cards whose MRZ passed every check digit
};

constexpr int kCardsPerFolder = 15;

// Floors are the results measured when they were set (scanners/README.md, "A 720p webcam").
constexpr Folder kFolders[] = {
    {"webcam-cccd2021", CardType::Cccd2021, 201, 15, 15, 15},
    {"webcam-cancuoc2024", CardType::CanCuoc2024, 202, 15, 14, 15},
};

}  // namespace

TEST_CASE("720p webcam photos are read at or above each folder's floor, never wrong without a warning") {
    auto fonts = cardgen::CardFonts::loadSystem();
    REQUIRE(fonts);
    PipelineOptions options;
    options.timeBudgetMs = 60000;  // scores must not depend on how busy the machine is
    auto pipeline = Pipeline::create(options);
    REQUIRE(pipeline.ok());
    for (const auto& folder : kFolders) {
        const auto s = corpus::scoreFolder(*pipeline, *fonts, folder.type, cardgen::webcamPhoto(), folder.seed,
                                           kCardsPerFolder);
        MESSAGE(std::string(folder.name) << " (seed " << folder.seed << "): exact " << s.exact << "/" << kCardsPerFolder
                                         << ", QR " << s.qr << ", MRZ " << s.mrz << " (exact " << s.mrzExact
                                         << "), refused " << s.refused << ", misread " << s.misread
                                         << ", not right unflagged " << s.unflagged);
        CHECK(s.misread == 0);
        CHECK(s.unflagged == 0);
        CHECK(s.exact >= folder.minExact);
        CHECK(s.qr >= folder.minQr);
        CHECK(s.mrz >= folder.minMrz);
    }
}

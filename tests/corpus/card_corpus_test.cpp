// The scanning corpus: cards generated at test time (both generations, front and back, an easy
// kiosk camera and a hard hand-held phone), read by the real pipeline, scored per folder
// against floors that may only go up (the zxing-cpp blackbox model, design.md "Tests").
// A misread core field is never tolerated: refusing a card is fine, mis-filling it is not.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "card_render.hpp"
#include "photo.hpp"
#include "scanners/pipeline.hpp"

using namespace scanners;

namespace {

struct Folder {
    const char* name;
    CardType type;
    bool hard;
    uint64_t seed;
    int minExact;  // cards whose ID number, name, birth date and sex are all right
    int minOther;  // cards whose issue date, expiry date and card type are right too
    int minQr;     // cards whose QR was decoded
    int minMrz;    // cards whose MRZ passed every check digit
    int minMrzExact;  // cards whose three MRZ lines are all exactly the card's
};

constexpr int kCardsPerFolder = 15;

// Floors are the results measured when they were set (scanners/README.md, "Scanning figures");
// raise them when the pipeline improves, never lower them.
constexpr Folder kFolders[] = {
    {"easy-cccd2021", CardType::Cccd2021, false, 101, 15, 15, 15, 15, 15},
    {"easy-cancuoc2024", CardType::CanCuoc2024, false, 102, 15, 15, 15, 15, 15},
    {"hard-cccd2021", CardType::Cccd2021, true, 103, 15, 15, 15, 15, 15},
    {"hard-cancuoc2024", CardType::CanCuoc2024, true, 104, 15, 14, 13, 14, 14},
};

struct Score {
    int exact = 0, misread = 0, refused = 0, qr = 0, mrz = 0, mrzExact = 0, otherFields = 0;
};

bool sameCore(const Identity& id, const synth::Person& p, bool& misread) {
    const bool idOk = id.idNumber.value == p.idNumber;
    const bool dobOk = id.dob.value == formatDate(p.dob);
    const bool sexOk = id.sex.value == sexLabel(p.sex);
    // An empty field is a gap, a different value is a misread.
    misread = (!idOk && !id.idNumber.value.empty()) || (!dobOk && !id.dob.value.empty()) ||
              (!sexOk && !id.sex.value.empty());
    return idOk && dobOk && sexOk && id.fullName.value == p.fullName;
}

bool sameOtherFields(const Identity& id, const synth::Person& p) {
    const std::string expiry = p.expiryDate ? formatDate(*p.expiryDate) : "Không thời hạn";
    return id.issueDate.value == formatDate(p.issueDate) && id.expiryDate.value == expiry &&
           id.cardType == p.cardType;
}

Score runFolder(Pipeline& pipeline, cardgen::CardFonts& fonts, const Folder& folder) {
    synth::Random random(folder.seed);
    const auto style = folder.hard ? cardgen::hardPhoto() : cardgen::easyPhoto();
    Score score;
    for (int i = 0; i < kCardsPerFolder; ++i) {
        const auto person = synth::randomPerson(random, folder.type);
        std::vector<std::vector<unsigned char>> photos;
        for (auto side : {cardgen::Side::Front, cardgen::Side::Back}) {
            auto card = cardgen::renderCard(person, side, fonts, random);
            REQUIRE(card);
            photos.push_back(cardgen::photograph(card.get(), style, random));
        }
        const std::vector<ImageBytes> images(photos.begin(), photos.end());
        const auto report = pipeline.scan(images);
        if (!report) {
            ++score.refused;
            continue;
        }
        bool misread = false;
        if (sameCore(report->identity, person, misread)) ++score.exact;
        if (misread) ++score.misread;
        if (sameOtherFields(report->identity, person)) ++score.otherFields;
        if (report->qrText) ++score.qr;
        if (report->mrzLines) ++score.mrz;
        if (report->mrzLines && *report->mrzLines == synth::mrzFor(person)) ++score.mrzExact;
    }
    return score;
}

}  // namespace

TEST_CASE("generated card photos are read at or above each folder's floor, never misread") {
    auto fonts = cardgen::CardFonts::loadSystem();
    REQUIRE(fonts);
    PipelineOptions options;
    options.timeBudgetMs = 60000;  // scores must not depend on how busy the machine is
    auto pipeline = Pipeline::create(options);
    REQUIRE(pipeline.ok());
    for (const auto& folder : kFolders) {
        const Score s = runFolder(*pipeline, *fonts, folder);
        MESSAGE(std::string(folder.name) << ": exact " << s.exact << "/" << kCardsPerFolder << ", other fields "
                            << s.otherFields << ", QR " << s.qr << ", MRZ " << s.mrz << " (exact " << s.mrzExact << ")"
                            << ", refused " << s.refused << ", misread " << s.misread);
        CHECK(s.misread == 0);
        CHECK(s.exact >= folder.minExact);
        CHECK(s.otherFields >= folder.minOther);
        CHECK(s.qr >= folder.minQr);
        CHECK(s.mrz >= folder.minMrz);
        CHECK(s.mrzExact >= folder.minMrzExact);
    }
}

TEST_CASE("a photo with no card in it yields no identity") {
    auto fonts = cardgen::CardFonts::loadSystem();
    REQUIRE(fonts);
    auto pipeline = Pipeline::create();
    REQUIRE(pipeline.ok());
    synth::Random random(105);
    // A blank white card on a desk: shapes of a card, nothing written on it.
    cardgen::Canvas blank(1198, 756, {250, 250, 250});
    auto photo = cardgen::photograph(blank.pix(), cardgen::hardPhoto(), random);
    const std::vector<ImageBytes> images{photo};
    const auto report = pipeline->scan(images);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == "document.not_recognised");  // no QR, no MRZ: not a document
}

#pragma once
// Scoring generated card photos read by the real pipeline, shared by the corpus tests: a folder
// is COUNT cards of one generation photographed by one camera from one seed.
#include <doctest/doctest.h>

#include <vector>

#include "card_render.hpp"
#include "photo.hpp"
#include "scanners/pipeline.hpp"

namespace scanners::corpus {

struct Score {
    int exact = 0, misread = 0, refused = 0, qr = 0, mrz = 0, mrzExact = 0, otherFields = 0;
    // Identities not fully right that the scan gave without a warning: never tolerated.
    int unflagged = 0;
};

inline bool sameCore(const Identity& id, const synth::Person& p, bool& misread) {
    const bool idOk = id.idNumber.value == p.idNumber;
    const bool dobOk = id.dob.value == formatDate(p.dob);
    const bool sexOk = id.sex.value == sexLabel(p.sex);
    // An empty field is a gap, a different value is a misread.
    misread = (!idOk && !id.idNumber.value.empty()) || (!dobOk && !id.dob.value.empty()) ||
              (!sexOk && !id.sex.value.empty());
    return idOk && dobOk && sexOk && id.fullName.value == p.fullName;
}

inline bool sameOtherFields(const Identity& id, const synth::Person& p) {
    const std::string expiry = p.expiryDate ? formatDate(*p.expiryDate) : "Không thời hạn";
    return id.issueDate.value == formatDate(p.issueDate) && id.expiryDate.value == expiry && id.cardType == p.cardType;
}

inline Score scoreFolder(Pipeline& pipeline, cardgen::CardFonts& fonts, CardType type, const cardgen::PhotoStyle& style,
                         uint64_t seed, int count) {
    synth::Random random(seed);
    Score score;
    for (int i = 0; i < count; ++i) {
        const auto person = synth::randomPerson(random, type);
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
        const bool exact = sameCore(report->identity, person, misread);
        if (exact) ++score.exact;
        if (misread) ++score.misread;
        // A wrong value needs a warning about the identity; a gap (a field not read) may also be
        // explained by the scan's notes (no QR seen, time ran out), which the kiosk shows with them.
        const auto& name = report->identity.fullName.value;
        const bool wrong = misread || (!name.empty() && name != person.fullName);
        const bool flagged = !report->identity.warnings.empty() || (!wrong && !report->notes.empty());
        if (!exact && !flagged) ++score.unflagged;
        if (sameOtherFields(report->identity, person)) ++score.otherFields;
        if (report->qrText) ++score.qr;
        if (report->mrzLines) ++score.mrz;
        if (report->mrzLines && *report->mrzLines == synth::mrzFor(person)) ++score.mrzExact;
    }
    return score;
}

}  // namespace scanners::corpus

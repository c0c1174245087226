// A deterministic stand-in for fuzzing that every build runs: random bytes, random MRZ-alphabet
// text, and truncations and mutations of valid synthetic payloads go through the MRZ, QR and
// printed-text parsers. Nothing may crash (run it under ASan), and what is accepted must be sane.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scanners/printed_text.hpp"
#include "scanners/travel_document.hpp"
#include "scanners_invariants.hpp"
#include "synthetic_identity.hpp"

using namespace scanners;
using kiosk::fuzz::mrzProblem;
using kiosk::fuzz::qrProblem;
using kiosk::fuzz::travelDocumentProblem;

namespace {

using namespace std::string_view_literals;

constexpr uint64_t kSeed = 20240701;

char pickChar(synth::Random& random, std::string_view alphabet) {
    return alphabet[static_cast<size_t>(random.between(0, static_cast<int>(alphabet.size()) - 1))];
}

std::string randomBytes(synth::Random& random, int maxLength) {
    std::string s(static_cast<size_t>(random.between(0, maxLength)), '\0');
    for (char& c : s) c = static_cast<char>(random.between(0, 255));
    return s;
}

// Text in the MRZ's own alphabet plus the noise OCR adds, so inputs get past the first checks.
std::string randomMrzLike(synth::Random& random) {
    std::string s(static_cast<size_t>(random.between(60, 110)), ' ');
    for (char& c : s) c = pickChar(random, "ABCDIKMNOSVZ0123456789<<<<<\n ");
    return s;
}

std::string mutate(synth::Random& random, std::string s, std::string_view alphabet) {
    const int edits = random.between(1, 3);
    for (int e = 0; e < edits && !s.empty(); ++e) {
        const auto at = static_cast<size_t>(random.between(0, static_cast<int>(s.size()) - 1));
        const char c = pickChar(random, alphabet);
        switch (random.between(0, 2)) {
            case 0: s[at] = c; break;
            case 1: s.insert(at, 1, c); break;
            default: s.erase(at, 1); break;
        }
    }
    return s;
}

std::string joined(const std::array<std::string, 3>& lines) {
    return lines[0] + "\n" + lines[1] + "\n" + lines[2];
}

CardType randomCardType(synth::Random& random) {
    return random.chance(0.5) ? CardType::Cccd2021 : CardType::CanCuoc2024;
}

}  // namespace

TEST_CASE("random bytes never crash a parser and are never accepted as a card") {
    synth::Random random(kSeed);
    for (int i = 0; i < 20000; ++i) {
        const std::string input = randomBytes(random, 200);
        CHECK_FALSE(parseMrz(input).ok());
        const auto qr = parseQrPayload(input);
        if (qr) CHECK(qrProblem(*qr) == "");
        const std::vector<OcrLine> lines{{input, 0.5f}};
        const auto printed = parsePrintedText(lines);
        if (printed.idNumber) CHECK(printed.idNumber->value.size() == 12);
    }
}

TEST_CASE("MRZ-like noise never yields an insane record") {
    synth::Random random(kSeed + 1);
    for (int i = 0; i < 20000; ++i) {
        const auto mrz = parseMrz(randomMrzLike(random));
        if (mrz) CHECK(mrzProblem(*mrz) == "");
    }
}

TEST_CASE("random bytes and MRZ-like noise never give an insane travel document") {
    synth::Random random(kSeed + 6);
    for (int i = 0; i < 5000; ++i) {
        const auto fromBytes = parseTravelDocument(randomBytes(random, 200), 2026);
        if (fromBytes) CHECK(travelDocumentProblem(*fromBytes) == "");
        const auto fromNoise = parseTravelDocument(randomMrzLike(random), 2026);
        if (fromNoise) CHECK(travelDocumentProblem(*fromNoise) == "");
    }
}

TEST_CASE("a mutated ICAO zone is refused, flagged, or read with the same dates") {
    // ICAO 9303's examples of each format. A date edit always breaks its check digit (digit
    // deltas 1-9 times weights 7, 3, 1 are never 0 mod 10, and a letter in a date never holds).
    const std::string examples[] = {
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6",
        "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\n"
        "STEVENSON<<PETER<JOHN<<<<<<<<<"};
    synth::Random random(kSeed + 7);
    int flagged = 0, valid = 0;
    for (int i = 0; i < 6000; ++i) {
        const std::string& original = examples[i % 3];
        const auto expected = parseTravelDocument(original, 2026);
        REQUIRE(expected.ok());
        const auto doc =
            parseTravelDocument(mutate(random, original, "0123456789ABDGIOSTZK<\n"), 2026);
        if (!doc) continue;
        CHECK(travelDocumentProblem(*doc) == "");
        if (!doc->checksValid()) {
            ++flagged;
            continue;
        }
        ++valid;
        CHECK(doc->birthDateRaw == expected->birthDateRaw);
        CHECK(doc->expiryRaw == expected->expiryRaw);
    }
    MESSAGE("mutated zones flagged: " << flagged << ", read with every check valid: " << valid);
    CHECK(flagged > 0);
    CHECK(valid > 0);
}

TEST_CASE("valid synthetic cards round-trip through both parsers") {
    synth::Random random(kSeed + 2);
    for (int i = 0; i < 2000; ++i) {
        const auto person = synth::randomPerson(random, randomCardType(random));
        const auto mrz = parseMrz(joined(synth::mrzFor(person)));
        REQUIRE(mrz.ok());
        CHECK(mrzProblem(*mrz) == "");
        CHECK(mrz->personalId == person.idNumber);
        CHECK(mrz->birthDate == person.dob);
        CHECK(mrz->expiryDate == person.expiryDate);
        CHECK(mrz->corrections.empty());
        const auto qr = parseQrPayload(synth::qrPayloadFor(person));
        REQUIRE(qr.ok());
        CHECK(qr->fullName == person.fullName);
        CHECK(qr->dob == person.dob);
    }
}

TEST_CASE("truncated payloads are refused or still sane, never crash") {
    synth::Random random(kSeed + 3);
    for (int i = 0; i < 200; ++i) {
        const auto person = synth::randomPerson(random, randomCardType(random));
        const std::string mrzText = joined(synth::mrzFor(person));
        const std::string qrText = synth::qrPayloadFor(person);
        for (size_t n = 0; n < mrzText.size(); ++n) {
            const auto mrz = parseMrz(std::string_view(mrzText).substr(0, n));
            if (mrz) CHECK(mrzProblem(*mrz) == "");
        }
        for (size_t n = 0; n < qrText.size(); ++n) {
            const auto qr = parseQrPayload(std::string_view(qrText).substr(0, n));
            if (qr) CHECK(qrProblem(*qr) == "");
        }
    }
}

TEST_CASE("a mutated MRZ is either refused or read as the same person") {
    // One to three edits: check digits (and the document number / personal ID redundancy)
    // must stop every edit from turning into a different ID number or birth date.
    synth::Random random(kSeed + 4);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        const auto person = synth::randomPerson(random, randomCardType(random));
        const std::string text =
            mutate(random, joined(synth::mrzFor(person)), "0123456789ABDGIOSTZK<\n");
        const auto mrz = parseMrz(text);
        if (!mrz) continue;
        ++accepted;
        CHECK(mrzProblem(*mrz) == "");
        CHECK(mrz->personalId == person.idNumber);
        CHECK(mrz->birthDate == person.dob);
    }
    MESSAGE("mutated MRZs accepted as the same person: " << accepted);
    CHECK(accepted > 0);
}

TEST_CASE("a mutated QR payload is refused or sane") {
    synth::Random random(kSeed + 5);
    for (int i = 0; i < 20000; ++i) {
        const auto person = synth::randomPerson(random, randomCardType(random));
        const std::string text =
            mutate(random, synth::qrPayloadFor(person), "|0123456789/ \r\n\xC3\xA1\xFF\x00"sv);
        const auto qr = parseQrPayload(text);
        if (qr) CHECK(qrProblem(*qr) == "");
    }
}

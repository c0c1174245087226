// ICAO 9303's own worked examples (Part 4 TD3, Part 5 TD1, Part 6 TD2, the "Utopia" specimens),
// national quirks seen on real specimens (short issuer codes, a number continued in the
// optional data), and the rule that a printed zone whose check digits fail is reported as
// printed, never "corrected" into another valid document.
#include <doctest/doctest.h>

#include <string>

#include "scanners/travel_document.hpp"

using namespace scanners;

namespace {

constexpr int kThisYear = 2026;

std::string join(std::initializer_list<std::string> lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
}

bool checkHolds(const TravelDocument& doc, const std::string& field) {
    for (const auto& check : doc.checks) {
        if (check.field == field) return check.valid;
    }
    FAIL("no check named " << field);
    return false;
}

const std::string kTd3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string kTd3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

}  // namespace

TEST_CASE("the ICAO TD3 passport example parses into every field") {
    const auto doc = parseTravelDocument(join({kTd3Line1, kTd3Line2}), kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->format == MrzFormat::TD3);
    CHECK(mrzFormatName(doc->format) == "TD3");
    CHECK(doc->documentCode == "P");
    CHECK(doc->issuer == "UTO");
    CHECK(doc->number == "L898902C3");
    CHECK(doc->nationality == "UTO");
    CHECK(doc->surname == "ERIKSSON");
    CHECK(doc->givenNames == "ANNA MARIA");
    CHECK(doc->birthDate == Date{1974, 8, 12});
    CHECK(doc->sex == Sex::Female);
    CHECK(doc->expiryDate == Date{2012, 4, 15});
    CHECK(doc->checksValid());
    REQUIRE(doc->checks.size() == 5);
    CHECK(doc->checks[3].field == "optional_data");
    CHECK(doc->checks[4].field == "composite");
    CHECK(doc->lines == std::vector<std::string>{kTd3Line1, kTd3Line2});
    CHECK(doc->corrections.empty());
}

TEST_CASE("the ICAO TD2 example parses, and is not taken for TD1 or TD3") {
    const auto doc = parseTravelDocument(
        join({"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"}),
        kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->format == MrzFormat::TD2);
    CHECK(doc->documentCode == "I");
    CHECK(doc->number == "D23145890");
    CHECK(doc->surname == "ERIKSSON");
    CHECK(doc->givenNames == "ANNA MARIA");
    CHECK(doc->expiryDate == Date{2012, 4, 15});
    CHECK(doc->checksValid());
    CHECK(doc->checks.size() == 4);  // TD2 defines no check digit for its optional data
}

TEST_CASE("the ICAO TD1 example parses into every field") {
    const auto doc = parseTravelDocument(join({"I<UTOD231458907<<<<<<<<<<<<<<<",
                                               "7408122F1204159UTO<<<<<<<<<<<6",
                                               "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"}),
                                         kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->format == MrzFormat::TD1);
    CHECK(doc->number == "D23145890");
    CHECK(doc->nationality == "UTO");
    CHECK(doc->givenNames == "ANNA MARIA");
    CHECK(doc->checksValid());
}

TEST_CASE("a document number longer than nine characters continues in the optional data") {
    // ICAO 9303 Part 5's example: D23145890734, '<' where its check digit would be, then "734"
    // and the check digit 9 over all twelve characters.
    const auto doc = parseTravelDocument(join({"I<UTOD23145890<7349<<<<<<<<<<<",
                                               "3407127M9507122UTO<<<<<<<<<<<2",
                                               "STEVENSON<<PETER<JOHN<<<<<<<<<"}),
                                         kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->number == "D23145890734");
    CHECK(doc->sex == Sex::Male);
    CHECK(doc->birthDate == Date{1934, 7, 12});
    CHECK(doc->expiryDate == Date{1995, 7, 12});
    CHECK(doc->surname == "STEVENSON");
    CHECK(doc->givenNames == "PETER JOHN");
    CHECK(doc->checksValid());
}

TEST_CASE("one- and two-letter issuer codes keep their filler out of the value") {
    const auto german = parseTravelDocument(join({"IDD<<T220001293<<<<<<<<<<<<<<<",
                                                  "6408125<2010315D<<<<<<<<<<<<<4",
                                                  "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"}),
                                            kThisYear);
    REQUIRE(german.ok());
    CHECK(german->issuer == "D");
    CHECK(german->nationality == "D");
    CHECK(german->sex == Sex::Unknown);  // '<': the German card does not state it
    CHECK(german->checksValid());
    const auto slovenian = parseTravelDocument(join({"I<SI<09999100180706966505468<<",
                                                     "6606079F0807276SI<<<<<<<<<<<<0",
                                                     "VZOREC<<TINA<<<<<<<<<<<<<<<<<<"}),
                                               kThisYear);
    REQUIRE(slovenian.ok());
    CHECK(slovenian->issuer == "SI");
    CHECK(slovenian->number == "099991001");
    CHECK(slovenian->birthDate == Date{1966, 6, 7});
    CHECK(slovenian->checksValid());
}

TEST_CASE("a state code misread by one confusion is the one known state it can be") {
    const std::string line2 = "XA00000148NLD7110195F0604121123456782<<<<<02";
    const auto doc = parseTravelDocument(
        join({"P<NL0MEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<", line2}), kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->issuer == "NLD");  // NL0 and NLO name no state; NLD is the only one in reach
    CHECK(doc->checksValid());
    // A code that names no state and is not one confusion from exactly one stays as read.
    const auto slovenian = parseTravelDocument(join({"I<S1<09999100180706966505468<<",
                                                     "6606079F0807276SI<<<<<<<<<<<<0",
                                                     "VZOREC<<TINA<<<<<<<<<<<<<<<<<<"}),
                                               kThisYear);
    REQUIRE(slovenian.ok());
    CHECK(slovenian->issuer == "SI");  // the digit read as the letter it resembles
}

TEST_CASE("a letter read in a date is undone where the check digits prove it") {
    std::string line2 = kTd3Line2;
    line2[15] = 'O';  // birth date 74O812
    const auto doc = parseTravelDocument(join({kTd3Line1, line2}), kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->checksValid());
    CHECK(doc->lines[1] == kTd3Line2);
    CHECK(doc->corrections.size() == 1);
}

TEST_CASE("a document number, where letters and digits are both legal, is never changed") {
    // L8989O2C3: one check digit cannot tell O misread for 0 from other pairs of confusions
    // that also satisfy it, so the read stays and the failing check says so.
    std::string line2 = kTd3Line2;
    line2[5] = 'O';
    const auto doc = parseTravelDocument(join({kTd3Line1, line2}), kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->lines[1] == line2);
    CHECK(doc->number == "L8989O2C3");
    CHECK(doc->failedChecks() == std::vector<std::string>{"document_number", "composite"});
    CHECK(doc->corrections.empty());
}

TEST_CASE("a printed zone whose check digits fail is reported as printed, the field named") {
    // A synthetic card whose composite check digit is printed 1 but computes to 0.
    const std::vector<std::string> printed = {"IDCMW<512849702<<<<<<<<<<<<<<<",
                                              "6104128M1402209CMW<<<<<<<<<<<1",
                                              "PUBLIC<<JON<<<<<<<<<<<<<<<<<<<"};
    const auto doc = parseTravelDocument(join({printed[0], printed[1], printed[2]}), kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->lines == printed);
    CHECK(doc->failedChecks() == std::vector<std::string>{"composite"});
    CHECK(doc->number == "51284970");
    CHECK(doc->corrections.empty());
}

TEST_CASE("a correction that a field's check digit allows but the composite refuses is undone") {
    // Spanish DNI specimen: document number and birth date checks printed wrong, composite
    // wrong; only the expiry holds. Turning letters of the number into digits must not make
    // it "valid".
    const std::vector<std::string> printed = {"IDESPAAA1000014<00000023T<<<<<",
                                              "7212018F1101236ESP<<<<<<<<<<<8",
                                              "ESPANOLA<ESPANOLA<CARMEN<<<<<<"};
    const auto doc = parseTravelDocument(join({printed[0], printed[1], printed[2]}), kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->lines == printed);
    CHECK_FALSE(checkHolds(*doc, "document_number"));
    CHECK_FALSE(checkHolds(*doc, "dob"));
    CHECK(checkHolds(*doc, "expiry"));
    CHECK_FALSE(checkHolds(*doc, "composite"));
    CHECK(doc->surname == "ESPANOLA ESPANOLA CARMEN");  // no "<<": no given names to split off
    CHECK(doc->givenNames.empty());
}

TEST_CASE("OCR noise around the zone, spaces and dropped filler are tolerated") {
    std::string line1 = kTd3Line1.substr(0, 40);  // four trailing fillers dropped
    std::string line2 = kTd3Line2;
    line2.insert(40, "<");  // one filler doubled
    const auto doc = parseTravelDocument(
        "PASSPORT  PASSEPORT\nUtopia 12 Apr\n" + line1 + "\n" + line2 + "\nsignature\n",
        kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->lines == std::vector<std::string>{kTd3Line1, kTd3Line2});
    CHECK(doc->checksValid());
}

TEST_CASE("a filler read as K at the end of the name field is filler") {
    std::string line1 = kTd3Line1;
    line1[40] = 'K';
    const auto doc = parseTravelDocument(join({line1, kTd3Line2}), kThisYear);
    REQUIRE(doc.ok());
    CHECK(doc->lines[0] == kTd3Line1);
    CHECK(doc->givenNames == "ANNA MARIA");
    CHECK_FALSE(doc->nameUncertain);
    // A name ending in K stays, flagged: OCR reads a filler after a name as K too.
    const auto erik = parseTravelDocument(
        join({"P<UTOSVENSSON<<ERIK<<<<<<<<<<<<<<<<<<<<<<<<<", kTd3Line2}), kThisYear);
    REQUIRE(erik.ok());
    CHECK(erik->givenNames == "ERIK");
    CHECK(erik->nameUncertain);
    const auto misread = parseTravelDocument(
        join({"P<UTOERIKSSON<<ANNAKMARIAK<<<<<<<<<<<<<<<<<<", kTd3Line2}), kThisYear);
    REQUIRE(misread.ok());
    CHECK(misread->nameUncertain);
}

TEST_CASE("text without a zone, or lines without any valid check digit, is not a document") {
    CHECK(parseTravelDocument("", kThisYear).error().code == "mrz.not_found");
    CHECK(parseTravelDocument("CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap Tu do Hanh phuc\n",
                              kThisYear)
              .error()
              .code == "mrz.not_found");
    CHECK_FALSE(parseTravelDocument(join({"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                          "L898902C35UTO7408121F1204158ZE184226B<<<<<29"}),
                                    kThisYear)
                    .ok());
}

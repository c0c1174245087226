#pragma once
// Any ICAO 9303 machine-readable zone: TD1 (3 × 30, ID and residence cards), TD2 (2 × 36) and
// TD3 (2 × 44, passports), whatever the issuer. Unlike parseMrz (Vietnamese cards, which it
// refuses rather than guesses), this parser reports a document whose printed check digits fail
// exactly as read, with the failing fields named, because real documents do carry bad check
// digits and the person at the desk must see that, not a "repaired" document.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scanners/civil.hpp"
#include "scanners/mrz.hpp"
#include "scanners/result.hpp"

namespace scanners {

enum class MrzFormat { TD1, TD2, TD3 };

// "TD1", "TD2", "TD3".
std::string_view mrzFormatName(MrzFormat format);

// One check digit of the zone: the field it protects ("document_number", "dob", "expiry",
// "optional_data" (TD3 only: the personal number), "composite") and whether it holds.
struct MrzCheck {
    std::string field;
    bool valid = false;
};

struct TravelDocument {
    MrzFormat format = MrzFormat::TD3;
    std::vector<std::string> lines;  // as printed: OCR confusions undone only where proven
    std::string documentCode;        // "P", "I", "ID", "IA" … (filler dropped)
    std::string issuer;              // "UTO", "D", "SI" … (filler dropped)
    std::string number;              // with its continuation in the optional data, if any
    std::string nationality;         // filler dropped
    std::string surname;             // "ERIKSSON"; '<' inside a name part becomes a space
    std::string givenNames;          // "ANNA MARIA"
    bool nameUncertain = false;      // the name field is not shaped as ICAO writes names (a
                                     // filler read as a letter, letters after the filler run):
                                     // no check digit covers it, so it is flagged, not fixed
    // When a K ending a name part ("ERIK<<", "MAREK<") is all that makes the name uncertain:
    // where those Ks are (line, column). OCR reads the filler after a name as K, twice alike on
    // a clean page, so the text alone cannot tell; a reader that sees a K's stem in the image
    // at every one of them may take the name as read.
    std::vector<std::pair<size_t, size_t>> unprovenPartFinalKs;
    std::string birthDateRaw;        // YYMMDD as printed ('<' where unknown)
    std::optional<Date> birthDate;   // century: the latest not after this year
    Sex sex = Sex::Unknown;          // M, F; anything else (X, '<') is Unknown
    std::string expiryRaw;
    std::optional<Date> expiryDate;  // century: 20YY unless that is more than 50 years ahead
    std::vector<MrzCheck> checks;    // in the order of the zone, composite last
    std::vector<MrzCorrection> corrections;

    bool checksValid() const;
    // Fields whose check digit fails, in order; empty when every check holds.
    std::vector<std::string> failedChecks() const;
};

// The document code, issuer and nationality are letters-only fields: a digit there is read as
// the letter it resembles, and a state code one OCR confusion away from exactly one known
// state (ISO 3166-1 alpha-3 and ICAO's own codes) is read as that state; these fields carry
// no check digit, so this is the only evidence. Names are not changed beyond misread filler in
// the trailing filler run; a name field of the wrong shape sets `nameUncertain`.
// Finds the zone in OCR text (other lines, spaces and lower case tolerated) and parses it.
// Corrections (O for 0 in a date, 0 for O in a number …) are kept only when they make their
// field's check digit and the composite hold, each with exactly one reading; otherwise the
// lines are returned as read and the failing checks say where. `thisYear` picks the century of
// two-digit years. Errors: "mrz.not_found" (nothing with the layout and at least one valid
// check digit).
Result<TravelDocument> parseTravelDocument(std::string_view text, int thisYear);

}  // namespace scanners

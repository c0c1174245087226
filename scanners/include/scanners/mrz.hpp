#pragma once
// The machine-readable zone on the back of CCCD and Căn cước cards: ICAO 9303 TD1, 3 × 30
// characters, with Vietnam's use of the optional data for the full 12-digit ID and its own
// check digit (vietnam-domain.md §3.3). A misread character is corrected only when the field
// type and the check digits together prove the correction; anything else is an error.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scanners/civil.hpp"
#include "scanners/result.hpp"

namespace scanners {

// One character the parser changed: 0-based line and column, what OCR read, what it became.
struct MrzCorrection {
    int line = 0;
    int column = 0;
    char from = 0;
    char to = 0;
};

struct MrzRecord {
    std::array<std::string, 3> lines;  // after correction, 30 characters each; the third is
                                       // empty when only lines 1-2 were read
    std::string documentCode;          // "ID"
    std::string issuingState;          // "VNM"
    std::string documentNumber;        // 9 digits: the last 9 of the personal ID
    std::string personalId;            // the 12-digit ID from the optional data
    Date birthDate;
    Sex sex = Sex::Unknown;          // Unknown when the sex character is unreadable
    std::optional<Date> expiryDate;  // empty when the card has no expiry
    bool noExpiry = false;           // expiry encoded as 991231 ("Không thời hạn")
    std::string nationality;         // "VNM"
    std::string surname;             // "UNG"; empty when the name line was not read
    std::string givenNames;          // "HOANG HIEP"
    bool nameTruncated = false;      // line 3 is full, so the name may have been cut
    bool nameCorrected = false;      // the name line needed changes no check digit covers
    std::vector<MrzCorrection> corrections;
};

// Finds three consecutive MRZ lines in OCR text (other lines, spaces and lower case are
// tolerated) and parses them; failing that, lines 1-2 alone, which carry every check digit
// (the name is then empty). Error codes: "mrz.not_found",
// "mrz.not_vietnamese_id", "mrz.check_digit" (where = the failing field), "mrz.ambiguous",
// "mrz.inconsistent" (document number vs personal ID), "mrz.bad_date", "mrz.bad_name".
Result<MrzRecord> parseMrz(std::string_view text);

// The ICAO 9303 check digit (weights 7, 3, 1; '<' = 0, A = 10 … Z = 35); -1 for other bytes.
int mrzCheckDigit(std::string_view field);

// "UNG HOANG HIEP": surname then given names, single spaces.
std::string mrzFullName(const MrzRecord& record);

// What a card's MRZ encodes, for the synthetic card generator and the tests.
struct MrzInput {
    std::string personalId;  // 12 digits
    Date birthDate;
    Sex sex = Sex::Unknown;
    std::optional<Date> expiryDate;  // empty: no expiry (991231)
    std::string fullName;            // any UTF-8; diacritics are dropped, first word = surname
};

// Line 3 for a name: diacritics dropped, first word as surname, 30 characters:
// "Ưng Hoàng Hiệp" -> "UNG<<HOANG<HIEP<<<<<<<<<<<<<<<".
std::string mrzNameLine(std::string_view fullName);

// Line 3 as the card prints it, when OCR's `readLine` (30 characters) is `fullName`'s line
// from another source (the QR or the printed name) with only filler misread: every letter in
// place, and each differing character a filler position read as a shape OCR gives '<' (K, X,
// C, S, E, G, L, Z, brackets). Anything else, nullopt: the line stays as read.
std::optional<std::string> confirmedNameLine(std::string_view readLine, std::string_view fullName);

// The three lines a card with these data carries, check digits included.
std::array<std::string, 3> buildMrz(const MrzInput& input);

}  // namespace scanners

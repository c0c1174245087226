// The MRZ is the one printed source with check digits; these tests pin the TD1 layout as
// Vietnamese cards use it against the worked examples of vietnam-domain.md §3.3, which were
// checked independently of this code.
#include <doctest/doctest.h>

#include "scanners/mrz.hpp"

using namespace scanners;

namespace {

constexpr const char* kLine1 = "IDVNM0930470641001093047064<<2";
constexpr const char* kLine2 = "9301054M3301052VNM<<<<<<<<<<<8";
constexpr const char* kLine3 = "UNG<<HOANG<HIEP<<<<<<<<<<<<<<<";

std::string join(const std::string& a, const std::string& b, const std::string& c) {
    return a + "\n" + b + "\n" + c + "\n";
}

}  // namespace

TEST_CASE("the check digit uses weights 7-3-1 with < as 0 and A as 10") {
    CHECK(mrzCheckDigit("L898902C3") == 6);  // ICAO 9303 specimen passport
    CHECK(mrzCheckDigit("740812") == 2);
    CHECK(mrzCheckDigit("120415") == 9);
    CHECK(mrzCheckDigit("093047064") == 1);
    CHECK(mrzCheckDigit("001093047064") == 2);
    CHECK(mrzCheckDigit("<<<") == 0);
    CHECK(mrzCheckDigit("09?") == -1);
}

TEST_CASE("the worked CCCD example parses into every field") {
    const auto mrz = parseMrz(join(kLine1, kLine2, kLine3));
    REQUIRE(mrz.ok());
    CHECK(mrz->documentCode == "ID");
    CHECK(mrz->issuingState == "VNM");
    CHECK(mrz->documentNumber == "093047064");
    CHECK(mrz->personalId == "001093047064");
    CHECK(mrz->birthDate == Date{1993, 1, 5});
    CHECK(mrz->sex == Sex::Male);
    REQUIRE(mrz->expiryDate);
    CHECK(*mrz->expiryDate == Date{2033, 1, 5});
    CHECK_FALSE(mrz->noExpiry);
    CHECK(mrz->nationality == "VNM");
    CHECK(mrz->surname == "UNG");
    CHECK(mrz->givenNames == "HOANG HIEP");
    CHECK(mrzFullName(*mrz) == "UNG HOANG HIEP");
    CHECK(mrz->corrections.empty());
    CHECK_FALSE(mrz->nameCorrected);
    CHECK_FALSE(mrz->nameTruncated);
    CHECK(mrz->lines[0] == kLine1);
}

TEST_CASE("991231 means the card has no expiry") {
    const auto mrz = parseMrz(join("IDVNM1650095196027165009519<<9",
                                   "6506054F9912315VNM<<<<<<<<<<<2",
                                   "TRAN<<THI<MAI<<<<<<<<<<<<<<<<<"));
    REQUIRE(mrz.ok());
    CHECK(mrz->noExpiry);
    CHECK_FALSE(mrz->expiryDate);
    CHECK(mrz->birthDate == Date{1965, 6, 5});
    CHECK(mrz->sex == Sex::Female);
}

TEST_CASE("the birth century comes from the personal ID, not from a guess") {
    const auto lines = buildMrz({"001205000123", Date{2005, 3, 9}, Sex::Male, Date{2030, 3, 9},
                                 "Lê Minh"});
    const auto mrz = parseMrz(join(lines[0], lines[1], lines[2]));
    REQUIRE(mrz.ok());
    CHECK(mrz->birthDate == Date{2005, 3, 9});
    CHECK(mrz->expiryDate == Date{2030, 3, 9});
}

TEST_CASE("the generator reproduces the worked example from the card's data") {
    const auto lines = buildMrz({"001093047064", Date{1993, 1, 5}, Sex::Male, Date{2033, 1, 5},
                                 "Ưng Hoàng Hiệp"});
    CHECK(lines[0] == kLine1);
    CHECK(lines[1] == kLine2);
    CHECK(lines[2] == kLine3);
}

TEST_CASE("the MRZ is found among other OCR lines, in any case and with spaces") {
    const std::string text = "CUC TRUONG\n\n 1dvnm 093047064 1001093047064<<2 \r\n" +
                             std::string(kLine2) + "\nung<<hoang<hiep\nfooter\n";
    const auto mrz = parseMrz(text);
    REQUIRE(mrz.ok());
    CHECK(mrz->personalId == "001093047064");
    CHECK(mrz->givenNames == "HOANG HIEP");
}

TEST_CASE("a name that fills line 3 is marked as possibly truncated") {
    const auto mrz = parseMrz(join(kLine1, kLine2, "NGUYEN<<THI<THANH<HUONG<NGOCAN"));
    REQUIRE(mrz.ok());
    CHECK(mrz->nameTruncated);
    CHECK(mrz->givenNames == "THI THANH HUONG NGOCAN");
}

TEST_CASE("the sex character is outside every check digit and is never guessed") {
    const auto mrz = parseMrz(join(kLine1, "9301054H3301052VNM<<<<<<<<<<<8", kLine3));
    REQUIRE(mrz.ok());
    CHECK(mrz->sex == Sex::Unknown);
}

TEST_CASE("cards of other countries and non-MRZ text are refused") {
    CHECK(parseMrz(join("IDFRA0930470641001093047064<<2", kLine2, kLine3)).error().code ==
          "mrz.not_vietnamese_id");
    CHECK(parseMrz("").error().code == "mrz.not_found");
    CHECK(parseMrz("hello\nworld").error().code == "mrz.not_found");
    CHECK(parseMrz(kLine1).error().code == "mrz.not_found");
}

TEST_CASE("lines 1 and 2 alone are a read: they carry every check digit, the name none") {
    for (const char* nameLine : {"", "<<HOANG<HIEP", "UNG<<HO@NG"}) {
        const auto mrz = parseMrz(join(kLine1, kLine2, nameLine));
        REQUIRE(mrz.ok());
        CHECK(mrz->personalId == "001093047064");
        CHECK(mrz->surname.empty());
        CHECK(mrz->givenNames.empty());
        CHECK(mrz->lines[2].empty());
        CHECK(mrzFullName(*mrz).empty());
    }
}

TEST_CASE("dates that pass their check digit but do not exist are refused") {
    // 931305: month 13, with its correct check digit and composite.
    const std::string dob = "931305";
    const std::string l2 =
        dob + static_cast<char>('0' + mrzCheckDigit(dob)) + "M3301052VNM<<<<<<<<<<<";
    const std::string covered = std::string(kLine1).substr(5) + l2.substr(0, 7) +
                                l2.substr(8, 7) + l2.substr(18, 11);
    const auto mrz = parseMrz(
        join(kLine1, l2 + static_cast<char>('0' + mrzCheckDigit(covered)), kLine3));
    REQUIRE_FALSE(mrz.ok());
    CHECK(mrz.error().code == "mrz.bad_date");
    CHECK(mrz.error().where == "dob");
}

TEST_CASE("a stray glyph before IDVNM is dropped; the fields behind it are still proven") {
    const auto mrz = parseMrz(join(std::string("I1") + (kLine1 + 1), kLine2, kLine3));
    REQUIRE(mrz.ok());
    CHECK(mrz->lines[0] == kLine1);
    CHECK(mrz->personalId == "001093047064");
    // Three stray glyphs are too many to be a speck: not anchored, not read.
    CHECK_FALSE(parseMrz(join(std::string("I12X") + (kLine1 + 1), kLine2, kLine3)).ok());
    // Anchoring is for extra glyphs only: a line of the right length is taken as read.
    CHECK_FALSE(parseMrz(join("XXVNM0930470641001093047064<<2", kLine2, kLine3)).ok());
}

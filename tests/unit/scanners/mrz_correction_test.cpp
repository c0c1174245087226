// OCR confuses O/0, I/1, B/8, S/5, Z/2 and reads '<' as K; the MRZ parser repairs such
// characters only where the field type and the check digits prove the repair, and refuses
// everything it cannot prove (peer-systems.md §4.2: "repairs only with proof").
#include <doctest/doctest.h>

#include <algorithm>

#include "scanners/mrz.hpp"

using namespace scanners;

namespace {

const std::string kLine1 = "IDVNM0930470641001093047064<<2";
const std::string kLine2 = "9301054M3301052VNM<<<<<<<<<<<8";
const std::string kLine3 = "UNG<<HOANG<HIEP<<<<<<<<<<<<<<<";

Result<MrzRecord> parseLines(const std::string& a, const std::string& b, const std::string& c) {
    return parseMrz(a + "\n" + b + "\n" + c);
}

bool corrected(const MrzRecord& r, int line, int column, char from, char to) {
    return std::any_of(r.corrections.begin(), r.corrections.end(), [&](const MrzCorrection& c) {
        return c.line == line && c.column == column && c.from == from && c.to == to;
    });
}

}  // namespace

TEST_CASE("letters in numeric fields are corrected when the check digits then hold") {
    const auto mrz = parseLines("IDVNMO93O47O641OO1O93O47O64<<2", "93O1O54M33O1O52VNM<<<<<<<<<<<8",
                                kLine3);
    REQUIRE(mrz.ok());
    CHECK(mrz->personalId == "001093047064");
    CHECK(mrz->birthDate == Date{1993, 1, 5});
    CHECK(mrz->lines[0] == kLine1);
    CHECK(mrz->lines[1] == kLine2);
    CHECK(corrected(*mrz, 0, 5, 'O', '0'));
}

TEST_CASE("each classic confusion is repaired in a numeric field") {
    SUBCASE("I for 1 in the check digit") {
        const auto mrz = parseLines("IDVNM093047064I001093047064<<2", kLine2, kLine3);
        REQUIRE(mrz.ok());
        CHECK(corrected(*mrz, 0, 14, 'I', '1'));
    }
    SUBCASE("B for 8 in the composite") {
        const auto mrz = parseLines(kLine1, "9301054M3301052VNM<<<<<<<<<<<B", kLine3);
        REQUIRE(mrz.ok());
        CHECK(corrected(*mrz, 1, 29, 'B', '8'));
    }
    SUBCASE("S for 5 and Z for 2 in dates") {
        const auto mrz = parseLines(kLine1, "930IOS4M33O1OSZVNM<<<<<<<<<<<8", kLine3);
        REQUIRE(mrz.ok());
        CHECK(mrz->birthDate == Date{1993, 1, 5});
        CHECK(mrz->expiryDate == Date{2033, 1, 5});
    }
    SUBCASE("1 and 0 for I and D in the document code") {
        const auto mrz = parseLines("10VNM0930470641001093047064<<2", kLine2, kLine3);
        REQUIRE(mrz.ok());
        CHECK(mrz->documentCode == "ID");
    }
}

TEST_CASE("filler read as K, dropped or doubled is restored by the layout") {
    const auto mrz = parseLines("IDVNM0930470641001093047064KK2", "9301054M3301052VNM<<<<<<<<8",
                                "UNG<<HOANG<HIEP<<<<K<<<<<<<<<<<<<<");
    REQUIRE(mrz.ok());
    CHECK(mrz->lines[0] == kLine1);
    CHECK(mrz->lines[1] == kLine2);
    CHECK(mrz->givenNames == "HOANG HIEP");
    CHECK(mrz->nameCorrected);
}

TEST_CASE("'«' is read as two fillers") {
    const auto mrz = parseLines("IDVNM0930470641001093047064\xC2\xAB" "2", kLine2, kLine3);
    REQUIRE(mrz.ok());
    CHECK(mrz->lines[0] == kLine1);
}

TEST_CASE("digits in the name are mapped to letters but marked as unproven") {
    const auto mrz = parseLines(kLine1, kLine2, "UNG<<H0ANG<HIEP<<<<<<<<<<<<<<<");
    REQUIRE(mrz.ok());
    CHECK(mrz->givenNames == "HOANG HIEP");
    CHECK(mrz->nameCorrected);
}

TEST_CASE("a wrong digit that no letter explains fails its check digit") {
    const auto mrz = parseLines(kLine1, "9301064M3301052VNM<<<<<<<<<<<8", kLine3);
    REQUIRE_FALSE(mrz.ok());
    CHECK(mrz.error().code == "mrz.check_digit");
    CHECK(mrz.error().where == "dob");
}

TEST_CASE("a filler in a numeric field is never taken for 0") {
    // '<' and '0' both count 0 in the check digit, so no check digit could prove the repair.
    const auto mrz = parseLines(kLine1, "93<1054M3301052VNM<<<<<<<<<<<8", kLine3);
    REQUIRE_FALSE(mrz.ok());
    CHECK(mrz.error().where == "dob");
}

TEST_CASE("several readings that all satisfy the check digit are refused as ambiguous") {
    // T may be 1 or 7, B 8 or 3, S 5 or 8: more than one combination passes.
    const auto mrz = parseLines(kLine1, "9B0T0S4M3301052VNM<<<<<<<<<<<8", kLine3);
    REQUIRE_FALSE(mrz.ok());
    CHECK(mrz.error().code == "mrz.ambiguous");
    CHECK(mrz.error().where == "dob");
}

TEST_CASE("the personal ID repairs one misread digit of the document number") {
    // 7 instead of 0: a digit-for-digit misread the document check digit catches, and the
    // personal ID (valid under its own check digit) says what it was.
    const auto mrz = parseLines("IDVNM0930477641001093047064<<2", kLine2, kLine3);
    REQUIRE(mrz.ok());
    CHECK(mrz->documentNumber == "093047064");
    CHECK(corrected(*mrz, 0, 11, '7', '0'));
}

TEST_CASE("the document number repairs one misread digit of the personal ID") {
    const auto mrz = parseLines("IDVNM0930470641001093047664<<2", kLine2, kLine3);
    REQUIRE(mrz.ok());
    CHECK(mrz->personalId == "001093047064");
}

TEST_CASE("two misread digits are beyond what the redundancy can prove") {
    const auto mrz = parseLines("IDVNM0930477691001093047064<<2", kLine2, kLine3);
    REQUIRE_FALSE(mrz.ok());
    CHECK(mrz.error().code == "mrz.check_digit");
    CHECK(mrz.error().where == "document_number");
}

TEST_CASE("a document number that contradicts the personal ID is refused") {
    // Both fields pass their own check digits, yet disagree: a forged or mixed-up read.
    const std::string doc = "123456789";
    const std::string l1 = "IDVNM" + doc + static_cast<char>('0' + mrzCheckDigit(doc)) +
                           "001093047064<<2";
    const std::string body = kLine2.substr(0, 29);
    const std::string covered = l1.substr(5) + body.substr(0, 7) + body.substr(8, 7) +
                                body.substr(18, 11);
    const auto mrz =
        parseLines(l1, body + static_cast<char>('0' + mrzCheckDigit(covered)), kLine3);
    REQUIRE_FALSE(mrz.ok());
    CHECK(mrz.error().code == "mrz.inconsistent");
}

TEST_CASE("a composite check digit that does not match is refused") {
    const auto mrz = parseLines(kLine1, "9301054M3301052VNM<<<<<<<<<<<3", kLine3);
    REQUIRE_FALSE(mrz.ok());
    CHECK(mrz.error().code == "mrz.check_digit");
    CHECK(mrz.error().where == "composite");
}

TEST_CASE("a filler read as K at the end of a name word is dropped") {
    // No Vietnamese syllable ends in K, so "HIEPK" can only be "HIEP" followed by filler.
    const auto mrz = parseLines(kLine1, kLine2, "UNG<<HOANGK<HIEPK<<<<<<<<<<<<<");
    REQUIRE(mrz.ok());
    CHECK(mrz->givenNames == "HOANG HIEP");
    CHECK(mrz->nameCorrected);
    const auto kept = parseLines(kLine1, kLine2, "KIEU<<KHANH<<<<<<<<<<<<<<<<<<<");
    REQUIRE(kept.ok());
    CHECK(kept->surname == "KIEU");
    CHECK(kept->givenNames == "KHANH");
    CHECK_FALSE(kept->nameCorrected);
}

TEST_CASE("a filler read as K between a letter and a consonant splits the words") {
    // K begins a Vietnamese syllable only before a vowel or H.
    const auto mrz = parseLines(kLine1, kLine2, "UNG<<HOANGKHIEP<<<<<<<<<<<<<<<");
    REQUIRE(mrz.ok());
    CHECK(mrz->givenNames == "HOANGKHIEP");  // "KH" may begin a syllable: left as read
    const auto split = parseLines(kLine1, kLine2, "HOANG<<MINHKLINH<<<<<<<<<<<<<<");
    REQUIRE(split.ok());
    CHECK(split->givenNames == "MINH LINH");
    CHECK(split->nameCorrected);
}

TEST_CASE("the name line is confirmed from another source only when every difference is misread filler") {
    const std::string name = "Lý Thị Uyên";
    CHECK(confirmedNameLine("LY<<THI<UYEN<<<<<<<<<<<K<K<<<<", name) == "LY<<THI<UYEN<<<<<<<<<<<<<<<<<<");
    CHECK(confirmedNameLine("LYKKTHI<UYEN<<<<<<<<<<<<<<<<<<", name) == "LY<<THI<UYEN<<<<<<<<<<<<<<<<<<");
    CHECK(confirmedNameLine("LY<<THI<UYEN<KRKKKKKKKKES<<<<<", name) == "LY<<THI<UYEN<<<<<<<<<<<<<<<<<<");
    CHECK(confirmedNameLine("LY<<THI<UYEN<<<<<<<KB<<<<<<<<<", name) == "LY<<THI<UYEN<<<<<<<<<<<<<<<<<<");
    // A stroke before the line is the card's edge; inside the line it is a letter.
    CHECK(confirmedNameLine("ILY<<THI<UYEN<<<<<<<<<<<<<<<<<", name) == "LY<<THI<UYEN<<<<<<<<<<<<<<<<<<");
    CHECK_FALSE(confirmedNameLine("LY<<THI<IUYEN<<<<<<<<<<<<<<<<<", name));
    // A letter of the name read as a filler shape is still a different letter.
    CHECK_FALSE(confirmedNameLine("LY<<THI<UYBN<<<<<<<<<<<<<<<<<<", name));
    // A letter of the name differs: not proven, the line stays as read.
    CHECK_FALSE(confirmedNameLine("LY<<THI<UYFN<<<<<<<<<<<<<<<<<<", name));
    // Letters where the name has ended that no filler looks like: another name, not filler.
    CHECK_FALSE(confirmedNameLine("LY<<THI<UYEN<ANH<<<<<<<<<<<<<<", name));
    // A filler read as K inside the name is fine; a letter read as K is not.
    CHECK_FALSE(confirmedNameLine("LY<<THI<UYEK<<<<<<<<<<<<<<<<<<", name));
    CHECK_FALSE(confirmedNameLine("", name));  // lines 1-2 only
}

TEST_CASE("a filler gap read as two glyphs still confirms the name line, a letter added in a word does not") {
    CHECK(confirmedNameLine("LUONG<<THANH<KYEN<<<<<K<<KK<<<", "Lương Thanh Yến") ==
          "LUONG<<THANH<YEN<<<<<<<<<<<<<<");
    CHECK_FALSE(confirmedNameLine("LUONG<<THANH<YKEN<<<<<<<<<<<<<", "Lương Thanh Yến"));
    CHECK_FALSE(confirmedNameLine("HO<<MINH<VINHK<KANK<X<<<<<<<<<", "Hồ Minh Vinh"));
}

// Fusion decides what the kiosk pre-fills into a citizen's filing. These tests pin its promise:
// trustworthy sources (QR, MRZ) must agree on the core fields and with the ID number's digits or
// the card is refused; OCR fills gaps and is overruled with a warning; warnings carry no data.
#include <doctest/doctest.h>

#include "scanners/fusion.hpp"

using namespace scanners;

namespace {

// One synthetic citizen, read three ways.
const std::string kId = "001093047064";
const Date kDob{1993, 1, 5};

QrPayload qrRead() {
    QrPayload qr;
    qr.idNumber = kId;
    qr.fullName = "Ưng Hoàng Hiệp";
    qr.dob = kDob;
    qr.sex = Sex::Male;
    qr.address = "Phường Láng, Quận Đống Đa, Hà Nội";
    qr.issueDate = Date{2021, 4, 15};
    return qr;
}

MrzRecord mrzRead() {
    const auto lines = buildMrz({kId, kDob, Sex::Male, Date{2033, 1, 5}, "Ưng Hoàng Hiệp"});
    auto mrz = parseMrz(lines[0] + "\n" + lines[1] + "\n" + lines[2]);
    REQUIRE(mrz.ok());
    return *mrz;
}

PrintedCard printedRead() {
    PrintedCard p;
    p.cardType = CardType::Cccd2021;
    p.idNumber = Reading<std::string>{kId, 0.8f};
    p.fullName = Reading<std::string>{"ƯNG HOÀNG HIỆP", 0.7f};
    p.dob = Reading<Date>{kDob, 0.8f};
    p.sex = Reading<Sex>{Sex::Male, 0.8f};
    p.nationality = Reading<std::string>{"Việt Nam", 0.8f};
    return p;
}

bool anyWarningMentions(const Identity& identity, const std::string& text) {
    for (const auto& w : identity.warnings) {
        if (w.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("three agreeing sources give one identity with the QR's accented name") {
    const auto identity = fuseIdentity({qrRead(), mrzRead(), printedRead()});
    REQUIRE(identity.ok());
    CHECK(identity->idNumber.value == kId);
    CHECK(identity->idNumber.source == FieldSource::Qr);
    CHECK(identity->fullName.value == "Ưng Hoàng Hiệp");
    CHECK(identity->dob.value == "05/01/1993");
    CHECK(identity->sex.value == "Nam");
    CHECK(identity->nationality.value == "Việt Nam");
    CHECK(identity->address.source == FieldSource::Qr);
    CHECK(identity->issueDate.value == "15/04/2021");
    CHECK(identity->expiryDate.value == "05/01/2033");
    CHECK(identity->expiryDate.source == FieldSource::Mrz);
    CHECK(identity->cardType == CardType::Cccd2021);
    CHECK(identity->warnings.empty());
}

TEST_CASE("agreement between sources raises confidence above any single source") {
    const auto qrOnly = fuseIdentity({qrRead(), std::nullopt, std::nullopt});
    const auto both = fuseIdentity({qrRead(), mrzRead(), std::nullopt});
    REQUIRE(qrOnly.ok());
    REQUIRE(both.ok());
    CHECK(both->idNumber.confidence > qrOnly->idNumber.confidence);
    CHECK(both->fullName.confidence > qrOnly->fullName.confidence);
    CHECK(both->idNumber.confidence <= 1.0f);
}

TEST_CASE("QR and MRZ disagreeing on a core field is refused, not guessed") {
    SUBCASE("ID number") {
        auto qr = qrRead();
        qr.idNumber = "001093047065";
        const auto identity = fuseIdentity({qr, mrzRead(), std::nullopt});
        REQUIRE_FALSE(identity.ok());
        CHECK(identity.error().code == "identity.conflict");
        CHECK(identity.error().where == "id_number");
    }
    SUBCASE("date of birth") {
        auto qr = qrRead();
        qr.dob = Date{1993, 1, 6};
        const auto identity = fuseIdentity({qr, mrzRead(), std::nullopt});
        REQUIRE_FALSE(identity.ok());
        CHECK(identity.error().where == "dob");
    }
    SUBCASE("sex") {
        auto qr = qrRead();
        qr.sex = Sex::Female;
        const auto identity = fuseIdentity({qr, mrzRead(), std::nullopt});
        REQUIRE_FALSE(identity.ok());
        CHECK(identity.error().where == "sex");
    }
}

TEST_CASE("a birth year or sex that contradicts the ID number's digits is refused") {
    auto qr = qrRead();
    qr.dob = Date{1994, 1, 5};
    auto identity = fuseIdentity({qr, std::nullopt, std::nullopt});
    REQUIRE_FALSE(identity.ok());
    CHECK(identity.error().where == "dob");

    qr = qrRead();
    qr.sex = Sex::Female;
    identity = fuseIdentity({qr, std::nullopt, std::nullopt});
    REQUIRE_FALSE(identity.ok());
    CHECK(identity.error().where == "sex");

    auto printed = printedRead();
    printed.dob = Reading<Date>{Date{1939, 1, 5}, 0.9f};
    identity = fuseIdentity({std::nullopt, std::nullopt, printed});
    REQUIRE_FALSE(identity.ok());
    CHECK(identity.error().code == "identity.conflict");
}

TEST_CASE("OCR disagreeing with the QR is overruled with a warning that quotes no data") {
    auto printed = printedRead();
    printed.idNumber = Reading<std::string>{"001093047084", 0.9f};
    printed.fullName = Reading<std::string>{"Ưng Hoàng Hiền", 0.9f};
    const auto identity = fuseIdentity({qrRead(), mrzRead(), printed});
    REQUIRE(identity.ok());
    CHECK(identity->idNumber.value == kId);
    CHECK(identity->fullName.value == "Ưng Hoàng Hiệp");
    CHECK(identity->warnings.size() == 2);
    CHECK(anyWarningMentions(*identity, "Số định danh"));
    CHECK(anyWarningMentions(*identity, "Họ tên"));
    for (const auto& w : identity->warnings) {
        CHECK(w.find("001093") == std::string::npos);
        CHECK(w.find("Hiền") == std::string::npos);
        CHECK(w.find("Hiệp") == std::string::npos);
    }
}

TEST_CASE("OCR that only misses tone marks in the name is not a disagreement") {
    auto printed = printedRead();
    printed.fullName = Reading<std::string>{"Ung Hoang Hiep", 0.6f};
    const auto identity = fuseIdentity({qrRead(), std::nullopt, printed});
    REQUIRE(identity.ok());
    CHECK(identity->warnings.empty());
}

TEST_CASE("an MRZ name that differs from the QR name beyond diacritics is flagged") {
    auto qr = qrRead();
    qr.fullName = "Ưng Thị Lan";
    const auto identity = fuseIdentity({qr, mrzRead(), std::nullopt});
    REQUIRE(identity.ok());
    CHECK(identity->fullName.value == "Ưng Thị Lan");
    CHECK(anyWarningMentions(*identity, "MRZ"));
}

TEST_CASE("a truncated MRZ name still agrees with the full QR name") {
    const std::string longName = "Nguyễn Thị Thanh Hương Ngọc Ánh";
    auto qr = qrRead();
    qr.idNumber = "001193047064";
    qr.sex = Sex::Female;
    qr.fullName = longName;
    const auto lines =
        buildMrz({qr.idNumber, kDob, Sex::Female, Date{2033, 1, 5}, longName});
    const auto mrz = parseMrz(lines[0] + "\n" + lines[1] + "\n" + lines[2]);
    REQUIRE(mrz.ok());
    REQUIRE(mrz->nameTruncated);
    const auto identity = fuseIdentity({qr, *mrz, std::nullopt});
    REQUIRE(identity.ok());
    CHECK(identity->warnings.empty());
}

TEST_CASE("with the MRZ alone the name has no diacritics and says so") {
    const auto identity = fuseIdentity({std::nullopt, mrzRead(), std::nullopt});
    REQUIRE(identity.ok());
    CHECK(identity->fullName.value == "Ung Hoang Hiep");
    CHECK(identity->fullName.source == FieldSource::Mrz);
    CHECK(identity->fullName.confidence < identity->idNumber.confidence);
    CHECK(anyWarningMentions(*identity, "không có dấu"));
    CHECK(identity->address.source == FieldSource::None);
}

TEST_CASE("without the QR a printed name's tone marks are flagged, even where the MRZ confirms its letters") {
    // OCR misreads tone marks (Đặng as Đăng on webcam photos) and the MRZ has none to check them.
    auto printed = printedRead();
    printed.fullName = Reading<std::string>{"Ưng Hoàng Hiêp", 0.9f};
    const auto withMrz = fuseIdentity({std::nullopt, mrzRead(), printed});
    REQUIRE(withMrz.ok());
    CHECK(withMrz->fullName.value == "Ưng Hoàng Hiêp");
    CHECK(withMrz->fullName.source == FieldSource::Ocr);
    CHECK(anyWarningMentions(*withMrz, "Dấu của họ tên"));
    const auto alone = fuseIdentity({std::nullopt, std::nullopt, printed});
    REQUIRE(alone.ok());
    CHECK(anyWarningMentions(*alone, "Dấu của họ tên"));
    // With the QR the tone marks are the QR's, and nothing needs saying.
    const auto withQr = fuseIdentity({qrRead(), mrzRead(), printed});
    REQUIRE(withQr.ok());
    CHECK(withQr->fullName.value == "Ưng Hoàng Hiệp");
    CHECK(withQr->warnings.empty());
}

TEST_CASE("with OCR alone the values keep OCR as source and its confidence") {
    const auto identity = fuseIdentity({std::nullopt, std::nullopt, printedRead()});
    REQUIRE(identity.ok());
    CHECK(identity->idNumber.source == FieldSource::Ocr);
    CHECK(identity->idNumber.confidence == doctest::Approx(0.8f));
    CHECK(identity->cardType == CardType::Cccd2021);
}

TEST_CASE("a sex nobody could read comes from the ID number's fourth digit") {
    auto printed = printedRead();
    printed.sex.reset();
    const auto identity = fuseIdentity({std::nullopt, std::nullopt, printed});
    REQUIRE(identity.ok());
    CHECK(identity->sex.value == "Nam");
}

TEST_CASE("a card with no expiry reads as 'Không thời hạn'") {
    const auto lines = buildMrz({"027165009519", Date{1965, 6, 5}, Sex::Female, std::nullopt,
                                 "Trần Thị Mai"});
    const auto mrz = parseMrz(lines[0] + "\n" + lines[1] + "\n" + lines[2]);
    REQUIRE(mrz.ok());
    auto printed = printedRead();
    printed.idNumber.reset();
    printed.dob.reset();
    printed.sex.reset();
    printed.fullName.reset();
    printed.cardType = CardType::Unknown;
    printed.expiryDate = Reading<std::optional<Date>>{std::nullopt, 0.7f};
    const auto identity = fuseIdentity({std::nullopt, *mrz, printed});
    REQUIRE(identity.ok());
    CHECK(identity->expiryDate.value == "Không thời hạn");
    CHECK(identity->warnings.size() == 1);  // only the name-without-diacritics notice
}

TEST_CASE("the issue date tells the card generation when the title was not read") {
    auto qr = qrRead();
    qr.issueDate = Date{2024, 7, 1};
    CHECK(fuseIdentity({qr, std::nullopt, std::nullopt})->cardType == CardType::CanCuoc2024);
    qr.issueDate = Date{2024, 6, 30};
    CHECK(fuseIdentity({qr, std::nullopt, std::nullopt})->cardType == CardType::Cccd2021);
}

TEST_CASE("nothing read, or no ID number anywhere, is an error") {
    CHECK(fuseIdentity({}).error().code == "identity.nothing_read");
    auto printed = printedRead();
    printed.idNumber.reset();
    CHECK(fuseIdentity({std::nullopt, std::nullopt, printed}).error().code ==
          "identity.no_id_number");
    printed.idNumber = Reading<std::string>{"00109304706", 0.5f};
    CHECK(fuseIdentity({std::nullopt, std::nullopt, printed}).error().code ==
          "identity.bad_id_number");
}

TEST_CASE("an MRZ read without its name line neither names nor contradicts the holder") {
    const auto lines = buildMrz({kId, kDob, Sex::Male, Date{2033, 1, 5}, "Ưng Hoàng Hiệp"});
    const auto mrz = parseMrz(lines[0] + "\n" + lines[1]);
    REQUIRE(mrz.ok());
    const auto identity = fuseIdentity({qrRead(), *mrz, std::nullopt});
    REQUIRE(identity.ok());
    CHECK(identity->fullName.value == "Ưng Hoàng Hiệp");
    CHECK(identity->warnings.empty());
    CHECK(fuseIdentity({std::nullopt, *mrz, std::nullopt})->fullName.value.empty());
}

TEST_CASE("fillers misread as letters in the MRZ name are no disagreement with the QR name") {
    for (const char* line : {"UNG<<HOANGKHIEP<<<<<<<<<<<<<<<", "UNGKSHOANG<HIEPXXC<<<<<<<<<<<<",
                             "UNG<<HOANG<<HIEP<<<<<<<<<<<<<<"}) {
        auto mrz = mrzRead();
        mrz.lines[2] = line;
        const auto identity = fuseIdentity({qrRead(), mrz, std::nullopt});
        REQUIRE(identity.ok());
        CHECK(identity->warnings.empty());
    }
}

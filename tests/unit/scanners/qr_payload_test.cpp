// The CCCD QR payload comes from zxing, from USB scanners that "type" it, and from cards whose
// exact field list is not documented (Căn cước 2024): parsing must tolerate transport noise yet
// refuse anything that would put a wrong value into a citizen's filing.
#include <doctest/doctest.h>

#include <string>

#include "scanners/qr_payload.hpp"

using namespace scanners;

namespace {

// A synthetic citizen; the tests vary one field at a time.
struct Fields {
    std::string id = "001090123456";
    std::string oldId = "012345678";
    std::string name = "Nguyễn Văn An";
    std::string dob = "01011990";
    std::string sex = "Nam";
    std::string address = "Phường Láng, Quận Đống Đa, Hà Nội";
    std::string issued = "15042021";

    std::string join() const {
        return id + "|" + oldId + "|" + name + "|" + dob + "|" + sex + "|" + address + "|" +
               issued;
    }
};

}  // namespace

TEST_CASE("a well-formed payload yields all seven fields") {
    const auto qr = parseQrPayload(Fields{}.join());
    REQUIRE(qr.ok());
    CHECK(qr->idNumber == "001090123456");
    CHECK(qr->oldId == "012345678");
    CHECK(qr->fullName == "Nguyễn Văn An");
    CHECK(qr->dob == Date{1990, 1, 1});
    CHECK(qr->sex == Sex::Male);
    CHECK(qr->address == "Phường Láng, Quận Đống Đa, Hà Nội");
    REQUIRE(qr->issueDate);
    CHECK(*qr->issueDate == Date{2021, 4, 15});
    CHECK(qr->extraFields == 0);
}

TEST_CASE("an empty old ID is normal, not an error") {
    Fields f;
    f.oldId.clear();
    const auto qr = parseQrPayload(f.join());
    REQUIRE(qr.ok());
    CHECK(qr->oldId.empty());
}

TEST_CASE("extra trailing fields are counted and ignored") {
    const auto qr = parseQrPayload(Fields{}.join() + "|something|more");
    REQUIRE(qr.ok());
    CHECK(qr->extraFields == 2);
    CHECK(qr->issueDate == Date{2021, 4, 15});
}

TEST_CASE("slashed dates, BOM, CR/LF and stray spaces are tolerated") {
    Fields f;
    f.dob = "01/01/1990";
    f.issued = " 15/04/2021 ";
    f.name = "  Nguyễn   Văn\tAn ";
    const auto qr = parseQrPayload("\xEF\xBB\xBF" + f.join() + "\r\n");
    REQUIRE(qr.ok());
    CHECK(qr->dob == Date{1990, 1, 1});
    CHECK(qr->issueDate == Date{2021, 4, 15});
    CHECK(qr->fullName == "Nguyễn Văn An");
}

TEST_CASE("decomposed text from a scanner comes out in NFC") {
    Fields f;
    f.name = "Nguye\xcc\x82\xcc\x83n Thi\xcc\xa3 Ha\xcc\x80";  // NFD "Nguyễn Thị Hà"
    f.sex = "Nu\xcc\x9b\xcc\x83";                                // NFD "Nữ"
    const auto qr = parseQrPayload(f.join());
    REQUIRE(qr.ok());
    CHECK(qr->fullName == "Nguyễn Thị Hà");
    CHECK(qr->sex == Sex::Female);
}

TEST_CASE("an empty issue date is allowed, a malformed one is not") {
    Fields f;
    f.issued.clear();
    const auto blank = parseQrPayload(f.join());
    REQUIRE(blank.ok());
    CHECK_FALSE(blank->issueDate);
    f.issued = "31022021";
    CHECK(parseQrPayload(f.join()).error().code == "qr.bad_issue_date");
}

TEST_CASE("payloads that are not a card's QR are refused as such") {
    CHECK(parseQrPayload("").error().code == "qr.not_cccd");
    CHECK(parseQrPayload("https://dichvucong.gov.vn").error().code == "qr.not_cccd");
    CHECK(parseQrPayload("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Hà Nội")
              .error()
              .code == "qr.not_cccd");
    Fields f;
    f.id = "00109012345";
    CHECK(parseQrPayload(f.join()).error().code == "qr.not_cccd");
    f.id = "00109O123456";
    CHECK(parseQrPayload(f.join()).error().code == "qr.not_cccd");
}

TEST_CASE("each malformed field is reported by its own code") {
    SUBCASE("old ID") {
        Fields f;
        f.oldId = "12345";
        CHECK(parseQrPayload(f.join()).error().code == "qr.bad_old_id");
        f.oldId = "079190000123";  // 12-digit old numbers occur on re-issued cards
        CHECK(parseQrPayload(f.join()).ok());
    }
    SUBCASE("name") {
        Fields f;
        f.name = "";
        CHECK(parseQrPayload(f.join()).error().code == "qr.bad_name");
        f.name = "Nguyen Van 4n";
        CHECK(parseQrPayload(f.join()).error().code == "qr.bad_name");
    }
    SUBCASE("date of birth") {
        Fields f;
        f.dob = "1990";
        CHECK(parseQrPayload(f.join()).error().code == "qr.bad_dob");
    }
    SUBCASE("sex") {
        Fields f;
        f.sex = "X";
        CHECK(parseQrPayload(f.join()).error().code == "qr.bad_sex");
    }
    SUBCASE("address with control characters") {
        Fields f;
        f.address = std::string("Hà Nội") + '\x01';
        CHECK(parseQrPayload(f.join()).error().code == "qr.bad_address");
    }
}

TEST_CASE("invalid UTF-8 is refused and the message never echoes the payload") {
    Fields f;
    f.name = "Nguy\xff";
    const auto qr = parseQrPayload(f.join());
    REQUIRE_FALSE(qr.ok());
    CHECK(qr.error().code == "qr.not_utf8");
    Fields g;
    g.dob = "99999999";
    const auto bad = parseQrPayload(g.join());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("001090123456") == std::string::npos);
    CHECK(bad.error().where == "dob");
}

// The identity step is the seam between typing and scanning: both fill the same boxes, and on
// Continue the identity pre-fills the form (WCAG 3.3.7: never ask twice). These tests pin the
// checks on what was typed and what the scanner's identity turns into.
#include <doctest/doctest.h>

#include "kiosk/core/identity_input.hpp"
#include "unit/core/sample_config.hpp"

using kiosk::core::Screen;
namespace act = kiosk::core::act;

TEST_CASE("the identity step needs a name and a 12-digit ID number") {
    kiosk::test::Flow flow;
    flow.toIdentity();
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Identity);
    REQUIRE(flow.session.errors.size() == 2);
    CHECK(flow.session.errors[0].key == "full_name");
    CHECK(flow.session.errors[0].message.vi == "Hãy nhập họ và tên");
    CHECK(flow.session.errors[1].key == "id_number");
    flow.identity("full_name", "Trần Văn Minh");
    flow.identity("id_number", "0793 0100");
    flow.identity("dob", "01/01/2030");
    flow(act::Continue{});
    REQUIRE(flow.session.errors.size() == 2);
    CHECK(flow.session.errors[0].key == "id_number");
    CHECK(flow.session.errors[1].key == "dob");
    flow.identity("id_number", "0793 0100 0123");
    REQUIRE(flow.session.errors.size() == 1);  // the number's message went as it became right
    CHECK(flow.session.errors[0].key == "dob");
    flow.identity("dob", "12/05/1958");
    CHECK(flow.session.errors.empty());
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Page);
    CHECK(flow.session.answers.at("so_dinh_danh") == "079301000123");
    CHECK(flow.session.identity.idNumber.source == scanners::FieldSource::Typed);
}

TEST_CASE("a scanned identity fills the boxes, keeps its sources and pre-fills the form") {
    kiosk::test::Flow flow;
    flow.toIdentity();
    scanners::Identity scanned;
    scanned.fullName = {"Phạm Thị Lan", scanners::FieldSource::Qr, 0.99f};
    scanned.idNumber = {"066190001234", scanners::FieldSource::Qr, 0.99f};
    scanned.cardType = scanners::CardType::CanCuoc2024;
    flow(act::ApplyIdentity{scanned});
    CHECK(flow.session.screen == Screen::Identity);  // the citizen sees it before going on
    CHECK(flow.session.identityInput.at("full_name") == "Phạm Thị Lan");
    CHECK(flow.session.identityInput.at(kiosk::core::kCardTypeKey) == kiosk::core::kCardCanCuoc2024);
    flow(act::Continue{});
    CHECK(flow.session.identity.fullName.source == scanners::FieldSource::Qr);
    CHECK(flow.session.answers.at("ho_ten") == "Phạm Thị Lan");
    CHECK(flow.session.answers.at("noi_cap") == "Bộ Công an");
}

TEST_CASE("a corrected scanned value is marked as typed") {
    kiosk::test::Flow flow;
    flow.toIdentity();
    scanners::Identity scanned;
    scanned.fullName = {"Pham Thi Lan", scanners::FieldSource::Ocr, 0.6f};
    scanned.idNumber = {"066190001234", scanners::FieldSource::Mrz, 0.9f};
    flow(act::ApplyIdentity{scanned});
    flow.identity("full_name", "Phạm Thị Lan");
    flow(act::Continue{});
    CHECK(flow.session.identity.fullName.source == scanners::FieldSource::Typed);
    CHECK(flow.session.identity.idNumber.source == scanners::FieldSource::Mrz);
}

TEST_CASE("choosing the card type fills the place of issue") {
    kiosk::test::Flow flow;
    flow.toIdentity();
    flow.identity("full_name", "Đỗ Văn Tâm");
    flow.identity("id_number", "001085009999");
    flow.identity(kiosk::core::kCardTypeKey, kiosk::core::kCardCccd2021);
    flow(act::Continue{});
    CHECK(flow.session.answers.at("noi_cap") ==
          "Cục Cảnh sát quản lý hành chính về trật tự xã hội");
}

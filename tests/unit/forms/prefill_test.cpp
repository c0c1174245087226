// Prefill turns a scanned card into answers so the citizen types as little as possible: every
// identity value lands in the field that asks for it, in the form validation expects (dates
// dd/mm/yyyy, sex as a choice id, the address split into province/commune/street), and nothing
// a citizen already typed is overwritten unless asked.
#include <doctest/doctest.h>

#include "form_builders.hpp"
#include "kiosk/forms/prefill.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::field;

namespace {

Field prefilled(std::string id, FieldType type, PrefillKey key) {
    Field f = field(std::move(id), type);
    f.prefill = key;
    return f;
}

struct Fixture {
    Service svc;
    AdminUnits units;
    std::vector<ChoiceList> shared;
    scanners::Identity identity;

    Fixture() {
        Field sex = prefilled("gioi_tinh", FieldType::SingleChoice, PrefillKey::Sex);
        sex.choices = "gioi_tinh";
        svc = kiosk::forms::test::service({kiosk::forms::test::page(
            "nguoi_yeu_cau",
            {prefilled("ho_ten", FieldType::Text, PrefillKey::FullName),
             prefilled("so_dinh_danh", FieldType::PersonalId, PrefillKey::IdNumber),
             prefilled("ngay_sinh", FieldType::Date, PrefillKey::Dob), sex,
             prefilled("noi_cu_tru", FieldType::Address, PrefillKey::Address),
             prefilled("ngay_cap", FieldType::Date, PrefillKey::IssueDate),
             prefilled("noi_cap", FieldType::Text, PrefillKey::IssuePlace),
             field("ghi_chu", FieldType::Text)})});
        ChoiceList sexes;
        sexes.id = "gioi_tinh";
        sexes.choices = {{"nam", {"Nam", "Male"}}, {"nu", {"Nữ", "Female"}}};
        shared.push_back(sexes);
        units.provinces = {{"66", "Tỉnh Đắk Lắk", {{"24820", "Xã Hòa Phú"}}},
                           {"01", "Thành phố Hà Nội", {{"00004", "Phường Ba Đình"}}}};
        identity.fullName.value = "Phạm Thị Hoa";
        identity.idNumber.value = "066301000123";
        identity.dob.value = "1/2/2001";
        identity.sex.value = "Nữ";
        identity.address.value = "Thôn 3, Xã Hòa Phú, Tỉnh Đắk Lắk";
        identity.issueDate.value = "10/08/2021";
        identity.cardType = scanners::CardType::Cccd2021;
    }

    int run(Answers& answers, bool overwrite = false) {
        return prefillFromIdentity(svc, identity, units, answers, overwrite, &shared);
    }
};

}  // namespace

TEST_CASE("every identity value fills the field that asks for it") {
    Fixture f;
    Answers answers;
    CHECK(f.run(answers) == 7);
    CHECK(answers.at("ho_ten") == "Phạm Thị Hoa");
    CHECK(answers.at("so_dinh_danh") == "066301000123");
    CHECK(answers.at("ngay_sinh") == "01/02/2001");
    CHECK(answers.at("gioi_tinh") == "nu");
    CHECK(answers.at("noi_cu_tru.province") == "66");
    CHECK(answers.at("noi_cu_tru.commune") == "24820");
    CHECK(answers.at("noi_cu_tru.street") == "Thôn 3");
    CHECK(answers.at("ngay_cap") == "10/08/2021");
    CHECK(answers.at("noi_cap") == scanners::issuePlaceFor(scanners::CardType::Cccd2021));
    CHECK(answers.count("ghi_chu") == 0);
}

TEST_CASE("prefilled answers pass validation, including the ID's digit checks") {
    Fixture f;
    f.svc.pages[0].fields[1].dobField = "ngay_sinh";
    f.svc.pages[0].fields[1].sexField = "gioi_tinh";
    Answers answers;
    f.run(answers);
    const ValidationContext ctx{f.svc, f.units, kiosk::forms::test::kToday, &f.shared};
    CHECK(validateService(ctx, answers).empty());
}

TEST_CASE("the place of issue depends on the card generation") {
    Fixture f;
    f.identity.cardType = scanners::CardType::CanCuoc2024;
    Answers answers;
    f.run(answers);
    CHECK(answers.at("noi_cap") == "Bộ Công an");
    f.identity.cardType = scanners::CardType::Unknown;
    Answers unknown;
    f.run(unknown);
    CHECK(unknown.count("noi_cap") == 0);
}

TEST_CASE("what the citizen already typed is kept unless overwrite is asked") {
    Fixture f;
    Answers answers{{"ho_ten", "Tên đã sửa"}, {"noi_cu_tru.street", "Số 5"}};
    CHECK(f.run(answers) == 5);
    CHECK(answers.at("ho_ten") == "Tên đã sửa");
    CHECK(answers.at("noi_cu_tru.street") == "Số 5");
    CHECK(answers.count("noi_cu_tru.province") == 0);
    CHECK(f.run(answers, true) == 7);
    CHECK(answers.at("ho_ten") == "Phạm Thị Hoa");
    CHECK(answers.at("noi_cu_tru.street") == "Thôn 3");
}

TEST_CASE("missing identity values fill nothing") {
    Fixture f;
    f.identity = scanners::Identity{};
    Answers answers;
    CHECK(f.run(answers) == 0);
    CHECK(answers.empty());
}

TEST_CASE("an old four-level address still finds province and commune") {
    Fixture f;
    f.identity.address.value = "Số 12 ngõ 3, phường Ba Đình, quận Ba Đình, thành phố Hà Nội";
    Answers answers;
    f.run(answers);
    CHECK(answers.at("noi_cu_tru.province") == "01");
    CHECK(answers.at("noi_cu_tru.commune") == "00004");
    CHECK(answers.at("noi_cu_tru.street") == "Số 12 ngõ 3");
}

TEST_CASE("an address in an unknown province fills no address part") {
    Fixture f;
    f.identity.address.value = "Thôn 1, Xã Nào Đó, Tỉnh Không Có";
    Answers answers;
    f.run(answers);
    CHECK(answers.count("noi_cu_tru.province") == 0);
    CHECK(answers.count("noi_cu_tru.street") == 0);
}

TEST_CASE("a text field asking for the address gets it as printed, and sex as a word") {
    Fixture f;
    f.svc.pages[0].fields[3] = prefilled("gioi_tinh", FieldType::Text, PrefillKey::Sex);
    f.svc.pages[0].fields[4] = prefilled("noi_cu_tru", FieldType::LongText, PrefillKey::Address);
    Answers answers;
    f.run(answers);
    CHECK(answers.at("noi_cu_tru") == "Thôn 3, Xã Hòa Phú, Tỉnh Đắk Lắk");
    CHECK(answers.at("gioi_tinh") == "Nữ");
}

TEST_CASE("identity text is stored NFC") {
    Fixture f;
    f.identity.fullName.value = "Nguye\xcc\x82\xcc\x83n An";
    Answers answers;
    f.run(answers);
    CHECK(answers.at("ho_ten") == "Nguyễn An");
}

TEST_CASE("fields on repeat pages are not prefilled") {
    Fixture f;
    f.svc.pages.push_back(kiosk::forms::test::repeatPage(
        "con", {prefilled("ten_con", FieldType::Text, PrefillKey::FullName)}, 1, 3));
    Answers answers;
    f.run(answers);
    CHECK(answers.count("ten_con") == 0);
    CHECK(answers.count("ten_con#1") == 0);
}

TEST_CASE("prefill_if waits for the answer it reads; a page opened later is filled, never overwritten") {
    Fixture f;
    Field motherName = prefilled("ho_ten_me", FieldType::Text, PrefillKey::FullName);
    motherName.prefillIf = kiosk::forms::test::expr("quan_he == 'me'");
    f.svc.pages.push_back(kiosk::forms::test::page("me", {motherName}));
    Answers answers;
    f.run(answers);
    CHECK(answers.count("ho_ten_me") == 0);  // not known yet who the applicant is
    setAnswer(answers, "quan_he", "cha");
    prefillPage(f.svc, f.svc.pages.back(), f.identity, f.units, answers, &f.shared);
    CHECK(answers.count("ho_ten_me") == 0);  // the applicant is the father
    setAnswer(answers, "quan_he", "me");
    prefillPage(f.svc, f.svc.pages.back(), f.identity, f.units, answers, &f.shared);
    CHECK(answers.at("ho_ten_me") == "Phạm Thị Hoa");
    setAnswer(answers, "ho_ten_me", "Phạm Thị Hoà");  // corrected by the citizen
    prefillPage(f.svc, f.svc.pages.back(), f.identity, f.units, answers, &f.shared);
    CHECK(answers.at("ho_ten_me") == "Phạm Thị Hoà");
}

TEST_CASE("a default is given only where there is no answer yet, and never on repeat pages") {
    Fixture f;
    Field nationality = field("quoc_tich", FieldType::SingleChoice);
    nationality.defaultAnswer = "vn";
    Field copies = field("can_ban_sao", FieldType::YesNo);
    copies.defaultAnswer = "khong";
    Field repeated = field("quoc_tich_anh_chi", FieldType::SingleChoice);
    repeated.defaultAnswer = "vn";
    auto siblings = kiosk::forms::test::page("anh_chi", {repeated});
    siblings.repeat = true;
    f.svc.pages.push_back(kiosk::forms::test::page("tre", {nationality, copies}));
    f.svc.pages.push_back(siblings);
    Answers answers;
    setAnswer(answers, "can_ban_sao", "co");
    applyDefaults(f.svc, answers);
    CHECK(answers.at("quoc_tich") == "vn");
    CHECK(answers.at("can_ban_sao") == "co");
    CHECK(answers.count("quoc_tich_anh_chi") == 0);
    CHECK(answers.count("quoc_tich_anh_chi#1") == 0);
}

// Marriage with a foreign national (2.000806): the foreign partner's page is filled from a
// passport's machine-readable zone (core/passport.hpp) and then checked by the same rules a
// typed page is: ages, a man and a woman, a passport still valid, a foreign nationality. A zone
// whose check digits fail is marked for the citizen's check, never taken as proven.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "kiosk/core/passport.hpp"
#include "shipped_services.hpp"
#include "support/passport_mrz.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const forms::Service& foreignMarriage() { return shippedService("dang-ky-ket-hon-nuoc-ngoai"); }

const forms::Page& passportPage() { return pageOf(foreignMarriage(), "nguoi_kia"); }

// You: a Vietnamese man of 30; the partner's page is left to the passport.
forms::Answers applicant() {
    PeopleMaker people(2806);
    forms::Answers a;
    const forms::Date dob = daysBefore(30 * 365 + 8 + 30);
    answer(a, "ho_ten", people.fullName(false));
    answer(a, "gioi_tinh", "nam");
    answer(a, "ngay_sinh", dateText(dob));
    answer(a, "so_dinh_danh", people.idNumber(dob, false));
    answer(a, "dan_toc", "kinh");
    answerAddress(a, "noi_cu_tru", "Thôn 1");
    answer(a, "lan_ket_hon", "1");
    answer(a, "noi_cu_tru_nguoi_kia", "12 Sejong-daero, Seoul");
    answer(a, "lan_ket_hon_nguoi_kia", "1");
    answer(a, "dong_y_cam_doan", "co");
    return a;
}

std::string errorsOf(const forms::Answers& answers) { return validationErrors(foreignMarriage(), answers); }

}  // namespace

TEST_CASE("a passport's zone fills the foreign partner's page and the filing is complete") {
    forms::Answers answers = applicant();
    core::applyPassport(passportPage(), "ho_chieu_nguoi_kia", parsedTd3(PassportPerson{}), answers);
    CHECK(answers.at("ho_nguoi_kia") == "LEE");
    CHECK(answers.at("ten_nguoi_kia") == "SEO YEON");
    CHECK(answers.at("quoc_tich_nguoi_kia") == "Hàn Quốc");
    CHECK(answers.at("ngay_sinh_nguoi_kia") == "14/03/1995");
    CHECK(answers.at("gioi_tinh_nguoi_kia") == "nu");
    CHECK(answers.at("so_ho_chieu") == "M12345678");
    CHECK(answers.at("han_ho_chieu") == "20/05/2033");
    CHECK(answers.at("ho_chieu_nguoi_kia") == forms::kPassportRead);
    CHECK(errorsOf(answers).empty());
}

TEST_CASE("a nationality the table does not know is kept as its code; ICAO's D is Germany") {
    CHECK(core::nationalityText("UTO") == "UTO");
    CHECK(core::nationalityText("D") == "Đức");
    CHECK(core::countryName("KOR", forms::Lang::En) == "Korea (Republic of)");
    forms::Answers answers = applicant();
    PassportPerson person;
    person.nationality = "UTO";
    core::applyPassport(passportPage(), "ho_chieu_nguoi_kia", parsedTd3(person), answers);
    CHECK(answers.at("quoc_tich_nguoi_kia") == "UTO");
}

TEST_CASE("a zone whose check digit fails is marked for the citizen's check, naming the part") {
    PassportPerson person;
    auto [line1, line2] = td3Lines(person);
    line2[19] = line2[19] == '9' ? '0' : static_cast<char>(line2[19] + 1);  // the birth date's check digit
    auto parsed = scanners::parseTravelDocument(line1 + "\n" + line2 + "\n", 2025);
    REQUIRE(parsed.ok());
    const scanners::TravelDocument& document = parsed.value();
    CHECK(core::passportNeedsCheck(document));
    const auto parts = core::partsToCheck(document);
    CHECK(std::find(parts.begin(), parts.end(), forms::PassportPart::Dob) != parts.end());
    CHECK(std::find(parts.begin(), parts.end(), forms::PassportPart::Number) == parts.end());
    forms::Answers answers = applicant();
    core::applyPassport(passportPage(), "ho_chieu_nguoi_kia", document, answers);
    CHECK(answers.at("ho_chieu_nguoi_kia") == forms::kPassportReadUnverified);
}

TEST_CASE("the partner's page refuses an expired passport, two people of one sex and a Vietnamese partner") {
    PassportPerson person;
    person.expiry = "240101";
    person.sex = 'M';
    forms::Answers answers = applicant();
    core::applyPassport(passportPage(), "ho_chieu_nguoi_kia", parsedTd3(person), answers);
    const std::string errors = errorsOf(answers);
    CHECK(errors.find("han_ho_chieu: Hộ chiếu này đã hết hạn") != std::string::npos);
    CHECK(errors.find("gioi_tinh_nguoi_kia: Pháp luật Việt Nam đăng ký kết hôn giữa một nam và một nữ") !=
          std::string::npos);
    answer(answers, "quoc_tich_nguoi_kia", "Việt Nam");
    CHECK(errorsOf(answers).find("quoc_tich_nguoi_kia: Khi cả hai người là công dân Việt Nam") != std::string::npos);
}

TEST_CASE("typed by hand, the passport slot stays empty and the page is still complete") {
    forms::Answers answers = applicant();
    answer(answers, "ho_nguoi_kia", "Kowalska");
    answer(answers, "ten_nguoi_kia", "Zofia");
    answer(answers, "quoc_tich_nguoi_kia", "Ba Lan");
    answer(answers, "ngay_sinh_nguoi_kia", "02/02/1994");
    answer(answers, "gioi_tinh_nguoi_kia", "nu");
    answer(answers, "so_ho_chieu", "EA1234567");
    answer(answers, "han_ho_chieu", "01/01/2031");
    CHECK(answers.count("ho_chieu_nguoi_kia") == 0);
    CHECK(errorsOf(answers).empty());
}

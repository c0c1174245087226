// Contact details: a Vietnamese mobile number is 10 digits starting 03/05/07/08/09, and the
// separators people type (spaces, dots, hyphens, +84) are accepted silently as GOV.UK advises,
// then submitted as plain digits. E-mail addresses get a light shape check only.
#include <doctest/doctest.h>

#include "form_builders.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::field;
using kiosk::forms::test::OnePage;

TEST_CASE("mobile numbers are accepted however they are spaced") {
    const OnePage form({field("dien_thoai", FieldType::Phone)});
    for (const char* ok : {"0912345678", "0912 345 678", "0912.345.678", "0912-345-678",
                           "+84 912 345 678", "+84912345678", "0387654321", "0512345678",
                           "0712345678", "0812345678"}) {
        CHECK_MESSAGE(form.errorOn({{"dien_thoai", ok}}, "dien_thoai").empty(), ok);
    }
}

TEST_CASE("a number of the wrong length or with letters asks for 10 digits") {
    const OnePage form({field("dien_thoai", FieldType::Phone)});
    const std::string expected = "Nhập số điện thoại di động gồm 10 chữ số, ví dụ 0912 345 678";
    CHECK(form.errorOn({{"dien_thoai", "091234567"}}, "dien_thoai") == expected);
    CHECK(form.errorOn({{"dien_thoai", "09123456789"}}, "dien_thoai") == expected);
    CHECK(form.errorOn({{"dien_thoai", "09l2345678"}}, "dien_thoai") == expected);
}

TEST_CASE("a 10-digit number with a prefix that is not mobile says which prefixes are") {
    const OnePage form({field("dien_thoai", FieldType::Phone)});
    const std::string expected = "Số di động Việt Nam bắt đầu bằng 03, 05, 07, 08 hoặc 09";
    CHECK(form.errorOn({{"dien_thoai", "0212345678"}}, "dien_thoai") == expected);
    CHECK(form.errorOn({{"dien_thoai", "0412345678"}}, "dien_thoai") == expected);
    CHECK(form.errorOn({{"dien_thoai", "1912345678"}}, "dien_thoai") == expected);
}

TEST_CASE("the submitted phone number is the 10 digits") {
    const OnePage form({field("dien_thoai", FieldType::Phone)});
    const auto out = submittableAnswers(form.ctx(), {{"dien_thoai", "+84 912.345-678"}});
    CHECK(out.at("dien_thoai") == "0912345678");
}

TEST_CASE("e-mail addresses need one @ and a domain with a dot") {
    const OnePage form({field("email", FieldType::Email)});
    CHECK(form.errorOn({{"email", "an.nguyen@example.vn"}}, "email").empty());
    for (const char* bad : {"an.nguyen", "an@", "@example.vn", "an@example", "an@@example.vn",
                            "an nguyen@example.vn", "an@example..vn", "an@.example.vn"}) {
        CHECK_MESSAGE(form.errorOn({{"email", bad}}, "email") ==
                          "Nhập địa chỉ email đúng dạng, ví dụ ten@example.com",
                      bad);
    }
}

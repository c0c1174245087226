// The typed readings of answer text that validation, expressions and submission share: if these
// disagree, a date accepted on screen could be read as empty by a rule, or a grouped amount
// ("200.000") silently become another number.
#include <doctest/doctest.h>

#include "form_builders.hpp"
#include "kiosk/forms/values.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::ymd;

TEST_CASE("dates are day/month/year and must exist on the calendar") {
    CHECK(parseDate("05/03/2024") == ymd(2024, 3, 5));
    CHECK(parseDate("5/3/2024") == ymd(2024, 3, 5));
    CHECK(parseDate(" 29/02/2024 ") == ymd(2024, 2, 29));
    CHECK_FALSE(parseDate("29/02/2023"));
    CHECK_FALSE(parseDate("31/02/2024"));
    CHECK_FALSE(parseDate("31/04/2024"));
    CHECK_FALSE(parseDate("00/01/2024"));
    CHECK_FALSE(parseDate("01/13/2024"));
    CHECK_FALSE(parseDate("2024-03-05"));
    CHECK_FALSE(parseDate("05/03/24"));
    CHECK_FALSE(parseDate("005/03/2024"));
    CHECK_FALSE(parseDate(""));
    CHECK(formatDate(ymd(2024, 3, 5)) == "05/03/2024");
}

TEST_CASE("integers accept thousands grouped by one kind of separator") {
    CHECK(parseInteger("200000") == 200000);
    CHECK(parseInteger("200.000") == 200000);
    CHECK(parseInteger("1,234,567") == 1234567);
    CHECK(parseInteger("1 000") == 1000);
    CHECK(parseInteger("-12") == -12);
    CHECK_FALSE(parseInteger("2,5"));
    CHECK_FALSE(parseInteger("1.234,567"));
    CHECK_FALSE(parseInteger("1000.000"));
    CHECK_FALSE(parseInteger("12a"));
    CHECK_FALSE(parseInteger("-"));
    CHECK_FALSE(parseInteger("1234567890123456"));
}

TEST_CASE("numbers print without a needless fraction") {
    CHECK(formatNumber(12.0) == "12");
    CHECK(formatNumber(-3.0) == "-3");
    CHECK(formatNumber(2.5) == "2.5");
    CHECK(parseNumber("2.5") == 2.5);
}

TEST_CASE("phone numbers lose spaces, dots, hyphens and the country code") {
    CHECK(phoneDigits("0912 345 678") == "0912345678");
    CHECK(phoneDigits("0912.345.678") == "0912345678");
    CHECK(phoneDigits("0912-345-678") == "0912345678");
    CHECK(phoneDigits("+84 912 345 678") == "0912345678");
    CHECK(phoneDigits("0084912345678") == "0912345678");
    CHECK(phoneDigits("09l2345678").empty());
    CHECK(isMobileNumber("0312345678"));
    CHECK_FALSE(isMobileNumber("0212345678"));
    CHECK_FALSE(isMobileNumber("091234567"));
}

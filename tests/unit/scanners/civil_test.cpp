// Dates and sex arrive in several spellings (QR ddmmyyyy, scanners that add slashes, printed
// dd/mm/yyyy, "Nữ" without its tone mark); they must all read the same and impossible dates
// must never be accepted.
#include <doctest/doctest.h>

#include "scanners/civil.hpp"

using namespace scanners;

TEST_CASE("dates read from ddmmyyyy and from separated forms alike") {
    const Date expected{1990, 1, 2};
    CHECK(parseDate("02011990") == expected);
    CHECK(parseDate("02/01/1990") == expected);
    CHECK(parseDate("2/1/1990") == expected);
    CHECK(parseDate("02-01-1990") == expected);
    CHECK(parseDate("02.01.1990") == expected);
    CHECK(parseDate(" 02/01/1990\r\n") == expected);
}

TEST_CASE("impossible or malformed dates are refused") {
    CHECK_FALSE(parseDate("31021990"));
    CHECK_FALSE(parseDate("29022023"));
    CHECK(parseDate("29022024"));
    CHECK_FALSE(parseDate("00011990"));
    CHECK_FALSE(parseDate("01131990"));
    CHECK_FALSE(parseDate("02/01-1990"));
    CHECK_FALSE(parseDate("02/01/90"));
    CHECK_FALSE(parseDate("0201199"));
    CHECK_FALSE(parseDate("02/01/19901"));
    CHECK_FALSE(parseDate(""));
    CHECK_FALSE(parseDate("ab/cd/efgh"));
}

TEST_CASE("dates are shown as dd/mm/yyyy") {
    CHECK(formatDate(Date{2033, 1, 5}) == "05/01/2033");
    CHECK(formatDate(*parseDate("15042021")) == "15/04/2021");
}

TEST_CASE("sex reads with or without diacritics and in any case") {
    CHECK(parseSex("Nam") == Sex::Male);
    CHECK(parseSex("NAM") == Sex::Male);
    CHECK(parseSex("Nữ") == Sex::Female);
    CHECK(parseSex("NỮ") == Sex::Female);
    CHECK(parseSex("Nu") == Sex::Female);
    CHECK(parseSex("Nu\xcc\x9b\xcc\x83") == Sex::Female);  // decomposed "Nữ"
    CHECK(parseSex("Na") == Sex::Unknown);
    CHECK(parseSex("Male") == Sex::Unknown);
    CHECK(parseSex("") == Sex::Unknown);
    CHECK(sexLabel(Sex::Female) == "Nữ");
    CHECK(sexLabel(Sex::Male) == "Nam");
    CHECK(sexLabel(Sex::Unknown).empty());
}

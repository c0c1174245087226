// The ID number's own digits are the one cross-check every source shares (birth year, sex,
// province), so its decoding must follow Circular 07/2016 exactly and refuse what cannot be.
#include <doctest/doctest.h>

#include "scanners/id_number.hpp"

using namespace scanners;

TEST_CASE("an ID number yields province, sex and birth year from its digits") {
    const auto id = parseIdNumber("001093047064");
    REQUIRE(id.ok());
    CHECK(id->digits == "001093047064");
    CHECK(id->provinceCode == "001");
    CHECK(id->provinceName == "Hà Nội");
    CHECK_FALSE(id->bornAbroad);
    CHECK(id->sex == Sex::Male);
    CHECK(id->birthYear == 1993);
}

TEST_CASE("the fourth digit encodes century and sex, even for men and odd for women") {
    CHECK(parseIdNumber("079193000001")->sex == Sex::Female);
    CHECK(parseIdNumber("079193000001")->birthYear == 1993);
    CHECK(parseIdNumber("079205000001")->sex == Sex::Male);
    CHECK(parseIdNumber("079205000001")->birthYear == 2005);
    CHECK(parseIdNumber("079312000001")->sex == Sex::Female);
    CHECK(parseIdNumber("079312000001")->birthYear == 2012);
}

TEST_CASE("century digits for births after 2099 are refused as misreads") {
    for (const char* text : {"001493047064", "001693047064", "001993047064"}) {
        const auto id = parseIdNumber(text);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == "id.century");
    }
}

TEST_CASE("spaces and dots between digit groups are ignored, anything else is refused") {
    CHECK(parseIdNumber("001 093 047 064").ok());
    CHECK(parseIdNumber(" 001.093.047.064 ").ok());
    CHECK(parseIdNumber("00109304706O").error().code == "id.not_digits");
    CHECK(parseIdNumber("00109304706").error().code == "id.length");
    CHECK(parseIdNumber("0010930470641").error().code == "id.length");
    CHECK(parseIdNumber("").error().code == "id.length");
}

TEST_CASE("error messages never quote the number") {
    const auto id = parseIdNumber("00109304706");
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.find("0010930") == std::string::npos);
}

TEST_CASE("a first digit other than zero means born abroad, with no province") {
    const auto id = parseIdNumber("704190000123");
    REQUIRE(id.ok());
    CHECK(id->bornAbroad);
    CHECK(id->provinceCode.empty());
    CHECK(id->provinceName.empty());
}

TEST_CASE("a domestic prefix missing from the pre-2025 table parses with no province name") {
    const auto id = parseIdNumber("003190000123");
    REQUIRE(id.ok());
    CHECK(id->provinceCode == "003");
    CHECK(id->provinceName.empty());
}

TEST_CASE("the province table is the pre-2025 one, since ID prefixes never change") {
    CHECK(provinceName("079") == "TP Hồ Chí Minh");
    CHECK(provinceName("046") == "Thừa Thiên Huế");
    CHECK(provinceName("096") == "Cà Mau");
    CHECK(provinceName("028").empty());
}

TEST_CASE("birth date and sex are checked against the number's digits") {
    const auto id = parseIdNumber("001093047064");
    REQUIRE(id.ok());
    CHECK(idMatchesBirthDate(*id, Date{1993, 1, 5}));
    CHECK_FALSE(idMatchesBirthDate(*id, Date{1983, 1, 5}));
    CHECK_FALSE(idMatchesBirthDate(*id, Date{2093, 1, 5}));
    CHECK(idMatchesSex(*id, Sex::Male));
    CHECK_FALSE(idMatchesSex(*id, Sex::Female));
    CHECK_FALSE(idMatchesSex(*id, Sex::Unknown));
}

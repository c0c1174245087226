// Text rules every part relies on: NFC storage, diacritic-insensitive search, safe truncation,
// and Vietnamese number words (dates "in words" on the birth form, amounts on the fee screen).
#include <doctest/doctest.h>

#include "kiosk/base/text.hpp"

using namespace kiosk::text;

TEST_CASE("decomposed input is stored composed (NFC)") {
    const std::string decomposed = "Nguye\xcc\x82\xcc\x83n";  // e + circumflex + tilde
    const auto n = toNfc(decomposed);
    CHECK(n.valid);
    CHECK(n.text == "Nguyễn");
}

TEST_CASE("invalid UTF-8 is reported, not stored") {
    CHECK_FALSE(toNfc("abc\xff").valid);
    CHECK_FALSE(isValidUtf8("\xc3"));
    CHECK(isValidUtf8("Đắk Lắk"));
}

TEST_CASE("search ignores case and diacritics, including đ") {
    CHECK(foldForSearch("Đăng Ký Khai Sinh") == "dang ky khai sinh");
    CHECK(searchMatches("Đăng ký khai sinh", "dang ky"));
    CHECK(searchMatches("Đăng ký khai sinh", "KHAI SINH"));
    CHECK(searchMatches("Chứng thực bản sao", "chung thuc"));
    CHECK(searchMatches("Đăng ký khai sinh", "khai"));
    CHECK_FALSE(searchMatches("Đăng ký khai tử", "khai sinh"));
    CHECK(searchMatches("anything", ""));
}

TEST_CASE("truncation and backspace never split a character") {
    CHECK(codepointCount("Hằng") == 4);
    CHECK(truncateCodepoints("Hằng", 2) == "Hằ");
    std::string s = "Hằ";
    popCodepoint(s);
    CHECK(s == "H");
    popCodepoint(s);
    CHECK(s.empty());
    popCodepoint(s);
    CHECK(s.empty());
}

TEST_CASE("numbers in Vietnamese words follow the spoken rules") {
    CHECK(numberInWords(0) == "không");
    CHECK(numberInWords(15) == "mười lăm");
    CHECK(numberInWords(21) == "hai mươi mốt");
    CHECK(numberInWords(25) == "hai mươi lăm");
    CHECK(numberInWords(105) == "một trăm linh năm");
    CHECK(numberInWords(2024) == "hai nghìn không trăm hai mươi bốn");
    CHECK(numberInWords(1990) == "một nghìn chín trăm chín mươi");
    CHECK(numberInWords(200000) == "hai trăm nghìn");
    CHECK(numberInWords(1000005) == "một triệu không trăm linh năm");
}

TEST_CASE("a person's name is letters, spaces, and ' or - after a letter") {
    CHECK(isPersonName("Nguyễn Thị Lan"));
    CHECK(isPersonName("H'Hen Niê"));           // Ê Đê names
    CHECK(isPersonName("Y-Moan Ênuôl"));
    CHECK(isPersonName("Nguyen Thi Lan "));      // a stray space is harmless
    CHECK(isPersonName("Nguye\xcc\x82\xcc\x83n"));  // decomposed: marks on their letter
    CHECK(isPersonName("John O'Brien"));
    CHECK_FALSE(isPersonName(""));
    CHECK_FALSE(isPersonName("   "));
    CHECK_FALSE(isPersonName("Nguyễn Thị Lan066195001122"));  // a number typed into the name
    CHECK_FALSE(isPersonName("Lan, Hoa"));
    CHECK_FALSE(isPersonName("-Lan"));
    CHECK_FALSE(isPersonName("\xcc\x81Lan"));    // a tone mark on nothing
    CHECK_FALSE(isPersonName("Lan\xff"));        // not UTF-8
}

TEST_CASE("trimming takes ASCII white space off both ends and keeps a no-break space") {
    CHECK(trimAsciiSpace(" \t 000.00.00.H66 \r\n") == "000.00.00.H66");
    CHECK(trimAsciiSpace("a b") == "a b");
    CHECK(trimAsciiSpace(" \n\t\v\f\r ").empty());
    CHECK(trimAsciiSpace("").empty());
    CHECK(trimAsciiSpace("\xc2\xa0x\xc2\xa0") == "\xc2\xa0x\xc2\xa0");
}

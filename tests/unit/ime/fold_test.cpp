// foldToneStyle: the key used to look up and search names and addresses that different people
// typed with different tone styles, cases and Unicode forms. It must not erase real differences.
#include <doctest/doctest.h>

#include "kiosk/ime/fold.hpp"

using kiosk::ime::foldToneStyle;

TEST_CASE("old and new tone placement fold to the same key") {
    CHECK(foldToneStyle("hòa") == foldToneStyle("hoà"));
    CHECK(foldToneStyle("Khánh Hòa") == foldToneStyle("Khánh Hoà"));
    CHECK(foldToneStyle("khỏe") == foldToneStyle("khoẻ"));
    CHECK(foldToneStyle("Ủy ban") == foldToneStyle("Uỷ ban"));
}

TEST_CASE("case is folded, including Vietnamese capitals") {
    CHECK(foldToneStyle("Thủy") == foldToneStyle("THUỶ"));
    CHECK(foldToneStyle("ĐẶNG") == foldToneStyle("đặng"));
    CHECK(foldToneStyle("NGƯỜI") == foldToneStyle("người"));
}

TEST_CASE("decomposed text folds to the same key as composed text") {
    CHECK(foldToneStyle("Nguye\xcc\x82\xcc\x83n") == foldToneStyle("Nguyễn"));
}

TEST_CASE("i and y after a consonant are the same letter for lookups") {
    CHECK(foldToneStyle("Lý") == foldToneStyle("lí"));
    CHECK(foldToneStyle("Kỹ thuật") == foldToneStyle("kĩ thuật"));
    CHECK(foldToneStyle("quý") == foldToneStyle("quí"));
    CHECK(foldToneStyle("ý kiến") != foldToneStyle("í kiến"));
    CHECK(foldToneStyle("thủy") != foldToneStyle("thủi"));
}

TEST_CASE("diacritics that change the word still count") {
    CHECK(foldToneStyle("hoà") != foldToneStyle("hóa"));
    CHECK(foldToneStyle("Đức") != foldToneStyle("Dục"));
    CHECK(foldToneStyle("Đức") != foldToneStyle("Duc"));
    CHECK(foldToneStyle("mưa") != foldToneStyle("mua"));
    CHECK(foldToneStyle("Hằng") != foldToneStyle("Hàng"));
}

TEST_CASE("punctuation, digits and foreign words are kept, only lowercased") {
    CHECK(foldToneStyle("Số 10, Hòa Phú") == "số 10, hoà phú");
    CHECK(foldToneStyle("Ea H'leo") == "ea h'leo");
    CHECK(foldToneStyle("CLASS") == "class");
    CHECK(foldToneStyle("") == "");
}

TEST_CASE("invalid UTF-8 bytes are dropped from the key") {
    CHECK(foldToneStyle("Hoà\xff") == foldToneStyle("hòa"));
}

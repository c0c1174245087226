// Answers are the session's only store of what a citizen typed: they must be NFC (so equal
// names compare equal and search works), refuse bytes that are not UTF-8, and keep the key
// scheme ("f#2", "addr.province") that validation, expressions and submission all rely on.
#include <doctest/doctest.h>

#include "form_builders.hpp"
#include "kiosk/forms/answers.hpp"

using namespace kiosk::forms;

TEST_CASE("decomposed input is stored composed") {
    Answers answers;
    // "Nguyễn" typed as e + combining circumflex + combining tilde.
    REQUIRE(setAnswer(answers, "ho_ten", "Nguye\xcc\x82\xcc\x83n V\x61\xcc\x86n An"));
    CHECK(answers.at("ho_ten") == "Nguyễn Văn An");
}

TEST_CASE("an answer with invalid UTF-8 is refused and the old answer kept") {
    Answers answers{{"ho_ten", "Trần Thị Bình"}};
    CHECK_FALSE(setAnswer(answers, "ho_ten", "Tr\xff"));
    CHECK(answers.at("ho_ten") == "Trần Thị Bình");
}

TEST_CASE("an empty answer removes the key") {
    Answers answers{{"ghi_chu", "abc"}};
    REQUIRE(setAnswer(answers, "ghi_chu", ""));
    CHECK(answers.count("ghi_chu") == 0);
}

TEST_CASE("answer keys name the repeat instance and the address part") {
    CHECK(answerKey("so_trang") == "so_trang");
    CHECK(answerKey("so_trang", 3) == "so_trang#3");
    CHECK(fieldIdOfKey("so_trang#3") == "so_trang");
    CHECK(fieldIdOfKey("dia_chi.province") == "dia_chi");
    CHECK(fieldIdOfKey("dia_chi#2.street") == "dia_chi");
    CHECK(repeatIndexOfKey("so_trang#12") == 12);
    CHECK(repeatIndexOfKey("dia_chi#2.street") == 2);
    CHECK(repeatIndexOfKey("so_trang") == 0);
    CHECK(repeatIndexOfKey("ban_sao#count") == 0);
}

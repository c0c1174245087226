// The syllable model behind the spell check and the tone position: which letter runs can be
// Vietnamese, and which vowel shows the tone in each style. Internal to kiosk::ime, tested
// directly because every typing rule rests on it.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/ime/letters.hpp"
#include "kiosk/ime/tone_placement.hpp"
#include "kiosk/ime/word.hpp"

using kiosk::ime::parseWord;
using kiosk::ime::ToneStyle;

namespace {

// The letter (as text) that shows the tone of `word` typed without one.
std::string toneVowel(const std::string& word, ToneStyle style) {
    const auto parsed = parseWord(word);
    if (!parsed) return "not a syllable";
    const auto at = kiosk::ime::toneIndex(parsed->letters, style);
    if (!at) return "no vowel";
    std::string out;
    kiosk::ime::appendUtf8(out, kiosk::ime::encodeLetter(parsed->letters[*at], kiosk::ime::Tone::None));
    return out + "@" + std::to_string(*at);
}

}  // namespace

TEST_CASE("Vietnamese syllables and their beginnings are plausible") {
    for (const char* word : {"nghiêng", "người", "khuỷu", "quốc", "giữa", "gìn", "Đắk", "Krông",
                             "Prông", "ươ", "ưo", "thuở", "ă", "ngh", "qu", "tr", "y", "oong"}) {
        INFO(word);
        CHECK(parseWord(word).has_value());
    }
}

TEST_CASE("foreign letter runs are not plausible") {
    for (const char* word : {"class", "file", "ea", "hello", "cl", "w", "ema", "quu", "qa", "ơc", "aa"}) {
        INFO(word);
        CHECK_FALSE(parseWord(word).has_value());
    }
}

TEST_CASE("a syllable closed by c, ch, p or t only takes sắc or nặng") {
    CHECK(parseWord("hóc").has_value());
    CHECK(parseWord("học").has_value());
    CHECK(parseWord("ếch").has_value());
    CHECK_FALSE(parseWord("hỏc").has_value());
    CHECK_FALSE(parseWord("hòc").has_value());
    CHECK_FALSE(parseWord("mãt").has_value());
    CHECK(parseWord("màn").has_value());
}

TEST_CASE("a vowel with its own diacritic takes the tone, ơ in ươ") {
    CHECK(toneVowel("người", ToneStyle::Old) == "ơ@3");
    CHECK(toneVowel("mưa", ToneStyle::New) == "ư@1");
    CHECK(toneVowel("muôn", ToneStyle::Old) == "ô@2");
    CHECK(toneVowel("khuyên", ToneStyle::New) == "ê@4");
    CHECK(toneVowel("thuơ", ToneStyle::Old) == "ơ@3");
}

TEST_CASE("open oa, oe, uy take the tone on the first vowel in the old style, the second in the new") {
    CHECK(toneVowel("hoa", ToneStyle::Old) == "o@1");
    CHECK(toneVowel("hoa", ToneStyle::New) == "a@2");
    CHECK(toneVowel("khoe", ToneStyle::Old) == "o@2");
    CHECK(toneVowel("khoe", ToneStyle::New) == "e@3");
    CHECK(toneVowel("thuy", ToneStyle::Old) == "u@2");
    CHECK(toneVowel("thuy", ToneStyle::New) == "y@3");
}

TEST_CASE("with a final consonant the last vowel takes the tone in both styles") {
    for (const auto style : {ToneStyle::Old, ToneStyle::New}) {
        CHECK(toneVowel("hoan", style) == "a@2");
        CHECK(toneVowel("huynh", style) == "y@2");
        CHECK(toneVowel("toan", style) == "a@2");
    }
}

TEST_CASE("gi and qu are part of the initial, not vowels for the tone") {
    CHECK(toneVowel("gia", ToneStyle::Old) == "a@2");
    CHECK(toneVowel("qua", ToneStyle::Old) == "a@2");
    CHECK(toneVowel("quy", ToneStyle::Old) == "y@2");
    CHECK(toneVowel("gin", ToneStyle::Old) == "i@1");
    CHECK(toneVowel("gi", ToneStyle::New) == "i@1");
}

TEST_CASE("three open vowels put the tone on the middle one; other pairs on the first") {
    CHECK(toneVowel("ngoai", ToneStyle::New) == "a@3");
    CHECK(toneVowel("khuyu", ToneStyle::Old) == "y@3");
    CHECK(toneVowel("mua", ToneStyle::New) == "u@1");
    CHECK(toneVowel("mia", ToneStyle::New) == "i@1");
    CHECK(toneVowel("cai", ToneStyle::New) == "a@1");
}

// Random keystrokes, backspaces, pastes and length limits (fixed seeds, so failures repeat):
// whatever is typed, the field stays valid NFC UTF-8, its length is counted right, and it
// never grows past the maximum. Catches states the hand-written cases do not reach.
#include <doctest/doctest.h>

#include <iterator>
#include <random>
#include <string>

#include "kiosk/base/text.hpp"
#include "kiosk/ime/composer.hpp"

using kiosk::ime::Composer;
using kiosk::ime::Method;
using kiosk::ime::ToneStyle;

namespace {

constexpr std::string_view kKeys = "aaeeoouuiydwsfrxjzqgnhtcpmkAEOUWDSF0123456789 ,'-";

char32_t randomKey(std::mt19937& rng) {
    static const char32_t kOthers[] = {U'ă', U'Ư', U'ơ', U'đ', U'ế', U'Ỵ', U'é',
                                       U'€', 0x0301, 0x0302, 0x0323, 0x1161};
    std::uniform_int_distribution<size_t> pick(0, kKeys.size() + std::size(kOthers) - 1);
    const size_t i = pick(rng);
    if (i < kKeys.size()) return static_cast<unsigned char>(kKeys[i]);
    return kOthers[i - kKeys.size()];
}

void checkField(const Composer& composer, size_t maxLength) {
    const auto nfc = kiosk::text::toNfc(composer.text());
    REQUIRE(nfc.valid);
    REQUIRE(nfc.text == composer.text());
    REQUIRE(composer.length() == kiosk::text::codepointCount(composer.text()));
    if (maxLength > 0) REQUIRE(composer.length() <= maxLength);
}

}  // namespace

TEST_CASE("random typing keeps the field valid NFC, counted right and within its maximum") {
    for (unsigned seed = 1; seed <= 200; ++seed) {
        INFO("seed ", seed);
        std::mt19937 rng(seed);
        const Method method = seed % 2 ? Method::Telex : Method::Vni;
        const ToneStyle style = seed % 3 ? ToneStyle::New : ToneStyle::Old;
        const size_t maxLength = seed % 4 == 0 ? 12 : 0;
        Composer composer(method, style);
        composer.setMaxLength(maxLength);
        std::uniform_int_distribution<int> action(0, 99);
        for (int step = 0; step < 400; ++step) {
            const int a = action(rng);
            if (a < 15) composer.backspace();
            else if (a == 15) composer.insertText("hoà Ưng\xcc\x81 ");
            else if (a == 16) composer.endSyllable();
            else composer.type(randomKey(rng));
            checkField(composer, maxLength);
        }
    }
}

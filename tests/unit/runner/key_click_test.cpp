// The key click is made in code and must be a click (short, decaying, never clipping), and a
// kiosk without sound must run on: no audio driver or device means silence, never an error.
#include <doctest/doctest.h>

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "kiosk/runner/key_click.hpp"

using namespace kiosk;

namespace {

float peak(const std::vector<float>& s, size_t from, size_t to) {
    float p = 0.0f;
    for (size_t i = from; i < to; ++i) p = std::max(p, std::abs(s[i]));
    return p;
}

// SDL picks its audio driver from this variable when the subsystem starts.
struct AudioDriver {
    explicit AudioDriver(const char* name) { setenv("SDL_AUDIODRIVER", name, 1); }
    ~AudioDriver() { unsetenv("SDL_AUDIODRIVER"); }
};

}  // namespace

TEST_CASE("the click is a few milliseconds of sound that dies away and never clips") {
    for (int rate : {44100, 48000}) {
        CAPTURE(rate);
        const auto s = runner::makeClickSamples(rate);
        const double ms = 1000.0 * static_cast<double>(s.size()) / rate;
        CHECK(ms >= 5.0);
        CHECK(ms <= 30.0);
        CHECK(peak(s, 0, s.size()) <= 1.0f);
        const size_t q = s.size() / 4;
        CHECK(peak(s, 0, q) > 0.1f);                           // audible at the start
        CHECK(peak(s, s.size() - q, s.size()) < 0.01f);         // silent at the end: no pop
        CHECK(peak(s, 0, q) > 3.0f * peak(s, q, 2 * q));        // decays fast
    }
    CHECK(runner::makeClickSamples(48000) == runner::makeClickSamples(48000));
}

TEST_CASE("without an audio driver the click is silent and playing it is harmless") {
    AudioDriver none("no-such-driver");
    auto click = runner::KeyClick::open();
    REQUIRE(click != nullptr);
    CHECK_FALSE(click->hasDevice());
    for (int i = 0; i < 3; ++i) CHECK_FALSE(click->play());
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) == 0);
}

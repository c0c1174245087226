// A key that goes down and up between two frames is still seen pressed (frame_loop.cpp, admit):
// ImGui 1.86 keeps only whether a key is down, so a quick Tab at the desk used to be lost. The
// events are queued in SDL before the loop runs, as a fast typist's or a busy machine's are.
// Needs a display (the ctest entry runs it under xvfb-run); without one it reports itself skipped.
#include <doctest/doctest.h>

#include <SDL.h>
#include <imgui.h>

#include <cstdlib>

#include "kiosk/base/clock.hpp"
#include "kiosk/runner/frame_loop.hpp"
#include "kiosk/runner/window.hpp"
#include "kiosk/ui/frame_app.hpp"

using namespace kiosk;

namespace {

// Counts the frames in which Tab and Escape were seen pressed.
class KeyCounter final : public ui::FrameApp {
public:
    int tabs = 0;
    int escapes = 0;

    void buildFonts() override {
        ImGui::GetIO().Fonts->Clear();
        ImGui::GetIO().Fonts->AddFontDefault();
        m_fonts = true;
    }
    bool fontsDirty() const override { return !m_fonts; }
    const kiosk::Clock& clock() const override { return m_clock; }
    void frame(Clock::time_point) override {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false)) ++tabs;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) ++escapes;
    }
    std::optional<Clock::time_point> nextWakeup() const override { return std::nullopt; }
    void setWake(std::function<void()>) override {}
    void noteActivity(Clock::time_point) override {}
    void noteEnter() override {}
    bool quitRequested() const override { return false; }

private:
    SystemClock m_clock;
    bool m_fonts = false;
};

void pushKey(SDL_Scancode scancode, SDL_Keycode key, bool down) {
    SDL_Event event{};
    event.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    event.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    event.key.keysym.scancode = scancode;
    event.key.keysym.sym = key;
    REQUIRE(SDL_PushEvent(&event) == 1);
}

}  // namespace

TEST_CASE("a Tab and an Escape each down and up before a frame are each seen pressed once") {
    if (std::getenv("DISPLAY") == nullptr) {
        MESSAGE("skipped: no display");
        std::exit(77);
    }
    runner::WindowOptions options;
    options.fullscreen = false;
    options.width = 640;
    options.height = 480;
    options.quitAfterFrames = 12;
    auto window = runner::Window::open(options);
    REQUIRE_MESSAGE(window.ok(), window.error().message);
    pushKey(SDL_SCANCODE_TAB, SDLK_TAB, true);
    pushKey(SDL_SCANCODE_TAB, SDLK_TAB, false);
    pushKey(SDL_SCANCODE_ESCAPE, SDLK_ESCAPE, true);
    pushKey(SDL_SCANCODE_ESCAPE, SDLK_ESCAPE, false);
    pushKey(SDL_SCANCODE_TAB, SDLK_TAB, true);
    pushKey(SDL_SCANCODE_TAB, SDLK_TAB, false);
    KeyCounter app;
    CHECK(runner::runFrameLoop(**window, app, options, {}) == 0);
    CHECK(app.tabs == 2);
    CHECK(app.escapes == 1);
}

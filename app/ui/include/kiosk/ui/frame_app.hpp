#pragma once
// What the runner's frame loop drives: the citizen's kiosk (KioskApp) or the staff desk
// (DeskApp). The runner owns the window, the ImGui context and its backends; the app draws one
// frame at a time and never touches SDL or OpenGL.
#include <chrono>
#include <functional>
#include <optional>

#include "kiosk/base/clock.hpp"

namespace kiosk::ui {

class FrameApp {
public:
    using Clock = std::chrono::steady_clock;

    virtual ~FrameApp() = default;

    // Fills ImGui's font atlas; the runner calls it before the first frame and whenever
    // fontsDirty() is true, then re-uploads the atlas texture.
    virtual void buildFonts() = 0;
    virtual bool fontsDirty() const = 0;
    // Where the app reads the time; the frame loop reads the same clock.
    virtual const kiosk::Clock& clock() const = 0;
    // Draws one frame between ImGui::NewFrame() and ImGui::Render().
    virtual void frame(Clock::time_point now) = 0;
    // When a frame must be drawn without input; nullopt: wait for input or a wake.
    virtual std::optional<Clock::time_point> nextWakeup() const = 0;
    // How the app's workers tell the runner, from their own threads, that something finished.
    virtual void setWake(std::function<void()> wake) = 0;
    // Any touch, click or key.
    virtual void noteActivity(Clock::time_point now) = 0;
    // Enter (or keypad Enter) went down (see KioskApp::noteEnter).
    virtual void noteEnter() = 0;
    virtual bool quitRequested() const = 0;
};

}  // namespace kiosk::ui

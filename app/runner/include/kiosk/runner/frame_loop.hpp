#pragma once
// The frame loop: draws only when something changed and sleeps in SDL otherwise (woken by input,
// runner::frameLoopWake, or a deadline), so an idle kiosk costs about no CPU.
#include <chrono>
#include <functional>
#include <optional>

#include "kiosk/runner/options.hpp"
#include "kiosk/runner/window.hpp"
#include "kiosk/ui/frame_app.hpp"

namespace kiosk::runner {

struct LoopHooks {
    // Called each time the loop wakes (input, a wake, a deadline), between frames: quick work
    // such as taking a reloaded config. Returns true when it changed something that must be drawn.
    std::function<bool(std::chrono::steady_clock::time_point)> poll;
    // When poll() must run next although nothing wakes the loop (the watchdog's ping); nullopt:
    // not on a timer.
    std::function<std::optional<std::chrono::steady_clock::time_point>()> nextPoll;
    // Called once, right after the first frame is on screen (start-up time, smoke tests).
    std::function<void()> afterFirstFrame;
};

// Runs until the window is closed, the app asks to quit, or `quitAfterFrames` frames are drawn.
// Returns the process exit code.
int runFrameLoop(Window& window, ui::FrameApp& app, const WindowOptions& options, const LoopHooks& hooks);

}  // namespace kiosk::runner

#pragma once
// The frame loop: draws only when something changed, so an idle kiosk costs about no CPU.
#include <chrono>
#include <functional>

#include "kiosk/runner/options.hpp"
#include "kiosk/runner/window.hpp"
#include "kiosk/ui/kiosk_app.hpp"

namespace kiosk::runner {

struct LoopHooks {
    // Called about once a second, between frames, even while idle (e.g. the config watcher).
    // Returns true when it changed something that must be drawn.
    std::function<bool(std::chrono::steady_clock::time_point)> poll;
    // Called once, right after the first frame is on screen (start-up time, smoke tests).
    std::function<void()> afterFirstFrame;
};

// Runs until the window is closed, the app asks to quit, or `quitAfterFrames` frames are drawn.
// Returns the process exit code.
int runFrameLoop(Window& window, ui::KioskApp& app, const WindowOptions& options,
                 const LoopHooks& hooks);

}  // namespace kiosk::runner

#pragma once
// How the kiosk window is opened, from kiosk.toml's [display] and the command line.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"

namespace kiosk::runner {

struct WindowOptions {
    bool fullscreen = true;
    int width = 1920;   // used when not full screen
    int height = 1080;
    std::optional<long> quitAfterFrames;  // tests and benchmarks: draw N frames, then exit 0
};

// Parses "WxH" (e.g. "1080x1920"); sizes from 320 to 8192 pixels.
Result<std::pair<int, int>> parseWindowSize(std::string_view text);

}  // namespace kiosk::runner

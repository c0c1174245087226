#pragma once
// The `kiosk` command line; messages are Vietnamese first because staff read them on site.
#include <filesystem>
#include <optional>
#include <string>

#include "base/result.hpp"

namespace kiosk {

struct CommandLine {
    std::filesystem::path configDir = "kiosk-config";
    std::filesystem::path dataDir;               // empty: "kiosk-data" beside the config folder
    std::optional<std::filesystem::path> checkConfigDir;  // --check-config DIR: check and exit
    bool windowed = false;
    std::optional<std::pair<int, int>> size;     // --size WxH
    std::optional<long> quitAfterFrames;
    bool help = false;
};

Result<CommandLine> parseCommandLine(int argc, const char* const* argv);
std::string usageText();

}  // namespace kiosk

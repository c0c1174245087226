#pragma once
// kiosk-sync's command line.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/install_paths.hpp"
#include "kiosk/base/result.hpp"

namespace kiosk::sync {

struct Options {
    std::filesystem::path configDir = kInstalledConfigDir;  // holds enrollment/ (kiosk-admin enroll writes it)
    std::filesystem::path dataDir;    // outbox.db and master.key; default: defaultDataDirFor(configDir)
    bool drain = false;               // exit once nothing is pending
    bool once = false;                // one pass (deliver what is due, pull status, heartbeat), then exit
    std::optional<int> pollSeconds;   // status feed and heartbeat interval; default: the portal's hint, else 30
    std::optional<std::chrono::milliseconds> backoffBase;  // default: the portal's hint, else 1000
    std::optional<std::chrono::milliseconds> backoffCap;   // default: the portal's hint, else 300000
    bool help = false;
};

// Errors: sync.usage with a Vietnamese-first message.
Result<Options> parseOptions(const std::vector<std::string>& args);

// The usage text (Vietnamese first, English after).
std::string usage();

}  // namespace kiosk::sync

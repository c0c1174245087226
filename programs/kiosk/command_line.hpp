#pragma once
// The `kiosk` command line; messages are Vietnamese first because staff read them on site.
#include <filesystem>
#include <optional>
#include <string>

#include "kiosk/base/install_paths.hpp"
#include "kiosk/base/result.hpp"

namespace kiosk {

struct CommandLine {
    std::filesystem::path configDir = kInstalledConfigDir;
    std::filesystem::path dataDir;               // empty: defaultDataDirFor(configDir)
    std::optional<std::filesystem::path> checkConfigDir;  // --check-config DIR: check and exit
    bool windowed = false;
    bool requireEnrollment = false;              // --require-enrollment: installed kiosks
    std::optional<std::pair<int, int>> size;     // --size WxH
    std::optional<long> quitAfterFrames;
    bool help = false;
    // --desk: the one-stop desk's window instead of the citizen's kiosk (desk_main.cpp).
    bool desk = false;
    std::optional<std::filesystem::path> staffCertificate;  // --staff-cert DIR; default DATA/staff-certificate
    std::optional<std::string> portalUrl;                   // --portal URL; default DIR/portal-url
};

Result<CommandLine> parseCommandLine(int argc, const char* const* argv);
std::string usageText();

}  // namespace kiosk

#include "kiosk/base/install_paths.hpp"

namespace kiosk {

std::filesystem::path defaultDataDirFor(const std::filesystem::path& configDir) {
    std::filesystem::path config = configDir.lexically_normal();
    if (!config.has_filename()) config = config.parent_path();  // "kiosk-config/" -> "kiosk-config"
    if (config == kInstalledConfigDir) return kInstalledDataDir;
    return config.parent_path() / "kiosk-data";
}

}  // namespace kiosk

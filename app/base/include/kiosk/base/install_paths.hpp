#pragma once
// Where an installed kiosk keeps its config and its data (the Debian package's layout), and the
// one rule every program uses to find the data folder when only the config folder is given.
#include <filesystem>

namespace kiosk {

inline const std::filesystem::path kInstalledConfigDir = "/etc/kiosk";
inline const std::filesystem::path kInstalledDataDir = "/var/lib/kiosk";

// /var/lib/kiosk for the installed /etc/kiosk; otherwise "kiosk-data" beside the config folder,
// as in a developer's checkout (kiosk-config/ and kiosk-data/ side by side).
std::filesystem::path defaultDataDirFor(const std::filesystem::path& configDir);

}  // namespace kiosk

#pragma once
// kiosk.toml: this kiosk's identity, commune, languages, timeouts, display, theme, portal and
// the categories services are grouped by.
#include "kiosk/config/config.hpp"
#include "source_file.hpp"

namespace kiosk::config::detail {

// What kiosk.toml points at in other files.
struct KioskNames {
    const forms::AdminUnits* units = nullptr;  // null when an admin-units file could not be read
    bool englishStrings = false;               // locales/en.toml exists
};

// Reads kiosk.toml; problems are reported to `file` and the readable parts are kept.
KioskSettings loadKioskSettings(const toml::table& document, SourceFile& file, const KioskNames& names);

}  // namespace kiosk::config::detail

#pragma once
// Which files make up a config folder. The loader and the watcher walk it the same way, so a
// file the watcher notices is a file the loader reads (or reports as unused).
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kiosk::config::detail {

// Calls `visit` for every `*.toml` under `dir` with its name relative to `dir` ("services/a.toml"),
// sorted by name. Hidden files and folders (editor locks, .git) are skipped.
void forEachTomlFile(const std::filesystem::path& dir,
                     const std::function<void(const std::string& relative, const std::filesystem::directory_entry&)>& visit);

struct ConfigFiles {
    bool kiosk = false;
    bool choices = false;
    bool workingCalendar = false;         // "working-calendar.toml"
    std::vector<std::string> services;    // "services/<id>.toml"
    std::vector<std::string> adminUnits;  // "admin-units/<code>.toml"
    std::vector<std::string> locales;     // "locales/<lang>.toml"
    std::vector<std::string> unused;      // any other *.toml: a misplaced or misnamed file
};

ConfigFiles listConfigFiles(const std::filesystem::path& dir);

// "services/dang-ky-khai-sinh.toml" -> "dang-ky-khai-sinh".
std::string stemOf(const std::string& relative);

}  // namespace kiosk::config::detail

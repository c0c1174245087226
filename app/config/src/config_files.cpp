#include "config_files.hpp"

#include <algorithm>
#include <system_error>

namespace kiosk::config::detail {

void forEachTomlFile(const std::filesystem::path& dir,
                     const std::function<void(const std::string&, const std::filesystem::directory_entry&)>& visit) {
    namespace fs = std::filesystem;
    std::vector<std::pair<std::string, fs::directory_entry>> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const fs::directory_entry& entry = *it;
        const std::string name = entry.path().filename().string();
        // Hidden entries, and enrollment/ (keys and certificates that kiosk-admin enroll installs
        // for kiosk-sync; not the kiosk's configuration), are not config files.
        if ((!name.empty() && name.front() == '.') || (it.depth() == 0 && name == "enrollment")) {
            if (entry.is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (entry.path().extension() != ".toml" || !entry.is_regular_file(ec)) continue;
        found.emplace_back(entry.path().lexically_relative(dir).generic_string(), entry);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [relative, entry] : found) visit(relative, entry);
}

ConfigFiles listConfigFiles(const std::filesystem::path& dir) {
    ConfigFiles files;
    forEachTomlFile(dir, [&](const std::string& relative, const std::filesystem::directory_entry&) {
        const auto slash = relative.find('/');
        const std::string folder = slash == std::string::npos ? "" : relative.substr(0, slash);
        const bool direct = slash == relative.rfind('/');
        if (relative == "kiosk.toml") {
            files.kiosk = true;
        } else if (relative == "choices.toml") {
            files.choices = true;
        } else if (relative == "working-calendar.toml") {
            files.workingCalendar = true;
        } else if (folder == "services" && direct) {
            files.services.push_back(relative);
        } else if (folder == "admin-units" && direct) {
            files.adminUnits.push_back(relative);
        } else if (folder == "locales" && direct) {
            files.locales.push_back(relative);
        } else {
            files.unused.push_back(relative);
        }
    });
    return files;
}

std::string stemOf(const std::string& relative) {
    return std::filesystem::path(relative).stem().string();
}

}  // namespace kiosk::config::detail

#include "kiosk/config/config_watcher.hpp"

#include "config_files.hpp"

namespace kiosk::config {

ConfigWatcher::ConfigWatcher(std::filesystem::path dir) : m_dir(std::move(dir)), m_last(fingerprint()) {}

std::vector<ConfigWatcher::FileStamp> ConfigWatcher::fingerprint() const {
    std::vector<FileStamp> stamps;
    detail::forEachTomlFile(m_dir, [&](const std::string& relative, const std::filesystem::directory_entry& entry) {
        std::error_code ec;
        FileStamp stamp{relative, entry.last_write_time(ec), 0};
        stamp.size = entry.file_size(ec);
        stamps.push_back(std::move(stamp));
    });
    return stamps;
}

std::optional<Result<Config, ConfigErrors>> ConfigWatcher::poll() {
    std::vector<FileStamp> now = fingerprint();
    if (now == m_last) return std::nullopt;
    m_last = std::move(now);
    return loadConfig(m_dir);
}

}  // namespace kiosk::config

#pragma once
// Reloads the config when an administrator changes a file, without ever replacing a good config
// with a broken one: the caller keeps what it has when poll() returns errors.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/config/config.hpp"

namespace kiosk::config {

class ConfigWatcher {
public:
    // Remembers the folder as it is now: construct it when the running config is loaded.
    explicit ConfigWatcher(std::filesystem::path dir);

    // nullopt when no *.toml under the folder changed since the last poll (one stat per file,
    // no parsing); otherwise the reloaded config, or every error of the changed folder. A
    // folder that stays broken is not reloaded again until it changes again.
    std::optional<Result<Config, ConfigErrors>> poll();

private:
    struct FileStamp {
        std::string relative;
        std::filesystem::file_time_type modified;
        std::uintmax_t size = 0;
        bool operator==(const FileStamp&) const = default;
    };
    std::vector<FileStamp> fingerprint() const;

    std::filesystem::path m_dir;
    std::vector<FileStamp> m_last;
};

}  // namespace kiosk::config

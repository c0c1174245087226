#pragma once
// Shared by the kiosk-admin tests: a private temporary folder, running the CLI in-process, and
// small file helpers.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "kiosk/admin/cli.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace kiosk::test {

struct AdminRun {
    int status = -1;
    std::string out, err;
};

inline AdminRun runAdmin(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int status = admin::run(args, out, err);
    return {status, out.str(), err.str()};
}

inline void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace kiosk::test

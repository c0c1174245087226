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
#include "support/text_file.hpp"

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

}  // namespace kiosk::test

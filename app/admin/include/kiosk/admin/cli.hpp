#pragma once
// kiosk-admin's command line: what was asked, where the config and the data live, and running it.
#include <filesystem>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "kiosk/base/install_paths.hpp"
#include "kiosk/base/result.hpp"

namespace kiosk::admin {

struct Invocation {
    std::filesystem::path configDir = kInstalledConfigDir;
    std::filesystem::path dataDir;           // --data; default: defaultDataDirFor(configDir)
    std::vector<std::string> words;          // e.g. {"outbox", "status"}
    std::map<std::string, std::string> options;  // other --name value pairs, without the dashes
    bool help = false;
};

// Parses the arguments after the program name; every option but --help and --stdin takes a value.
Result<Invocation> parseArguments(const std::vector<std::string>& args);

// Runs kiosk-admin: results go to `out` (JSON or a payload), problems to `err`; returns the
// exit status (0 done, 1 failed, 2 wrong usage).
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The usage text, Vietnamese first.
const char* usage();

}  // namespace kiosk::admin

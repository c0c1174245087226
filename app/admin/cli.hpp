#pragma once
// kiosk-admin's command line: what was asked, where the config and the data live, and running it.
#include <filesystem>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "base/result.hpp"

namespace kiosk::admin {

struct Invocation {
    std::filesystem::path configDir = "kiosk-config";
    std::filesystem::path dataDir;           // --data; default: "kiosk-data" beside the config folder
    std::vector<std::string> words;          // e.g. {"outbox", "status"}
    std::map<std::string, std::string> options;  // other --name value pairs, without the dashes
    bool help = false;
};

// Parses the arguments after the program name; every option but --help takes a value.
Result<Invocation> parseArguments(const std::vector<std::string>& args);

// The folder that holds outbox.db and master.key: --data, else "kiosk-data" beside the config.
std::filesystem::path defaultDataDir(const std::filesystem::path& configDir);

// Runs kiosk-admin: results go to `out` (JSON or a payload), problems to `err`; returns the
// exit status (0 done, 1 failed, 2 wrong usage).
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The usage text, Vietnamese first.
const char* usage();

}  // namespace kiosk::admin

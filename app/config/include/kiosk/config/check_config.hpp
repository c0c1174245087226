#pragma once
// `kiosk --check-config DIR`: what an administrator runs before copying a config to a kiosk.
#include <filesystem>
#include <ostream>

namespace kiosk::config {

// Loads `dir` and prints a one-line summary on `out` (exit code 0), or every error one per line
// and their count on `err` (1); 2 when `dir` is not a folder.
int runCheckConfig(const std::filesystem::path& dir, std::ostream& out, std::ostream& err);

}  // namespace kiosk::config

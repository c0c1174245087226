#pragma once
// Where tests find the source tree (shipped config, fixtures) and the build tree (programs).
// Defined in paths.cpp, the one file compiled with the two folders' names, so that a checkout
// elsewhere changes one object file and the compiler cache still serves every other test.
#include <filesystem>

namespace kiosk::test {

std::filesystem::path sourceDir();
std::filesystem::path buildDir();
inline std::filesystem::path shippedConfig() { return sourceDir() / "kiosk-config"; }

}  // namespace kiosk::test

#pragma once
// Where tests find the source tree (shipped config, fixtures) and the build tree (programs).
#include <cstdlib>
#include <filesystem>

namespace kiosk::test {

inline std::filesystem::path sourceDir() { return KIOSK_SOURCE_DIR; }
inline std::filesystem::path buildDir() { return KIOSK_BUILD_DIR; }
inline std::filesystem::path shippedConfig() { return sourceDir() / "kiosk-config"; }

}  // namespace kiosk::test

#include "support/paths.hpp"

namespace kiosk::test {

std::filesystem::path sourceDir() { return KIOSK_SOURCE_DIR; }
std::filesystem::path buildDir() { return KIOSK_BUILD_DIR; }

}  // namespace kiosk::test

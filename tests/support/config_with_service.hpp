#pragma once
// The shipped config copied into a test's folder with one more service file, loaded as the
// kiosk loads it: how the UI tests add a procedure small enough to walk in a few taps.
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "kiosk/config/config.hpp"
#include "support/paths.hpp"

namespace kiosk::test {

// `dir` must not exist yet; the service lands in services/`fileName`. A config that does not
// load fails the test with the loader's messages.
inline std::shared_ptr<const config::Config> configWithService(const std::filesystem::path& dir,
                                                               const std::string& fileName,
                                                               const std::string& serviceToml) {
    std::filesystem::copy(shippedConfig(), dir, std::filesystem::copy_options::recursive);
    std::ofstream(dir / "services" / fileName) << serviceToml;
    auto loaded = config::loadConfig(dir);
    if (!loaded) {
        for (const auto& e : loaded.error()) MESSAGE(e.format());
        FAIL("the test config does not load");
    }
    return std::make_shared<const config::Config>(std::move(*loaded));
}

}  // namespace kiosk::test

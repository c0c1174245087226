#pragma once
// Shared by the config tests: a scratch folder that removes itself, and copies of the minimal
// fixture config (fixtures/minimal) that a test then breaks or extends.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"
#include "support/text_file.hpp"

namespace kiosk::test {

inline std::filesystem::path configTestDir() { return sourceDir() / "tests" / "unit" / "config"; }
inline std::filesystem::path minimalFixture() { return configTestDir() / "fixtures" / "minimal"; }

// A fresh copy of the minimal config in a scratch folder.
class ConfigCopy {
public:
    ConfigCopy() {
        std::filesystem::copy(minimalFixture(), dir(), std::filesystem::copy_options::recursive);
    }
    std::filesystem::path dir() const { return m_scratch.path() / "kiosk-config"; }

    void write(const std::string& relative, const std::string& text) const {
        std::filesystem::create_directories((dir() / relative).parent_path());
        std::ofstream out(dir() / relative, std::ios::binary | std::ios::trunc);
        out << text;
        REQUIRE(out.good());
    }

private:
    TempDir m_scratch;
};

}  // namespace kiosk::test

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

namespace kiosk::test {

inline std::filesystem::path configTestDir() { return sourceDir() / "tests" / "unit" / "config"; }
inline std::filesystem::path minimalFixture() { return configTestDir() / "fixtures" / "minimal"; }

class ScratchDir {
public:
    ScratchDir() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("kiosk-config-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

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
    ScratchDir m_scratch;
};

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace kiosk::test

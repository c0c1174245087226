#pragma once
// A whole file as text and back, byte for byte, for tests that write inputs or read outputs.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kiosk::test {

inline void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace kiosk::test

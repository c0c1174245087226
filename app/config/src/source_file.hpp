#pragma once
// One config file being read: its name relative to the config folder, its text, and the list
// its errors go to. Every loader reports through it so each error carries the file name.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "kiosk/config/config.hpp"

namespace kiosk::config::detail {

// 1-based line and column (in characters, as toml++ counts them); 0 means "the whole file".
struct Position {
    int line = 0;
    int column = 0;
};

Position positionOf(const toml::source_region& region);

class SourceFile {
public:
    SourceFile(std::string name, std::string text, ConfigErrors& errors);

    const std::string& name() const { return m_name; }
    // How many errors this file has reported so far.
    size_t errorCount() const { return m_errorCount; }

    void report(Position at, std::string keyPath, std::string code, std::string message,
                std::string hint = {});

    // The parsed document, or nullopt after reporting the syntax error.
    std::optional<toml::table> parse();

    // Where byte `offset` of `content` stands, `content` being a string value that starts at
    // `valueStart`. Falls back to `valueStart` when the line does not spell the text literally
    // (escapes, multi-line strings), so a position is never wrong, only less precise.
    Position positionInString(Position valueStart, std::string_view content, size_t offset) const;

private:
    std::string_view lineText(int line) const;

    std::string m_name;
    std::string m_text;
    ConfigErrors* m_errors;  // a pointer, so a SourceFile can be moved into place
    size_t m_errorCount = 0;
};

// Reads `dir / relative`; an unreadable file is reported (under `relative`) and gives nullopt.
std::optional<SourceFile> openSourceFile(const std::filesystem::path& dir, const std::string& relative,
                                         ConfigErrors& errors);

}  // namespace kiosk::config::detail

#include "source_file.hpp"

#include <fstream>
#include <sstream>

namespace kiosk::config::detail {
namespace {

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

int countCharacters(std::string_view text) {
    int count = 0;
    for (const char c : text) count += isContinuationByte(c) ? 0 : 1;
    return count;
}

// Byte offset of the `column`-th character (1-based) of `line`, or npos past its end.
size_t byteOfColumn(std::string_view line, int column) {
    int seen = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        if (isContinuationByte(line[i])) continue;
        if (++seen == column) return i;
    }
    return std::string_view::npos;
}

}  // namespace

Position positionOf(const toml::source_region& region) {
    return Position{static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

SourceFile::SourceFile(std::string name, std::string text, ConfigErrors& errors)
    : m_name(std::move(name)), m_text(std::move(text)), m_errors(&errors) {}

void SourceFile::report(Position at, std::string keyPath, std::string code, std::string message,
                        std::string hint) {
    ConfigError error;
    error.file = m_name;
    error.line = at.line;
    error.column = at.column;
    error.keyPath = std::move(keyPath);
    error.message = std::move(message);
    error.hint = std::move(hint);
    error.code = std::move(code);
    m_errors->push_back(std::move(error));
    ++m_errorCount;
}

std::optional<toml::table> SourceFile::parse() {
    const auto syntaxError = [this](const toml::parse_error& e) {
        report(positionOf(e.source()), {}, "config.syntax",
               "lỗi cú pháp TOML / TOML syntax error: " + std::string(e.description()),
               "kiểm tra dấu nháy, dấu ngoặc và dấu = quanh chỗ này / check the quotes, brackets "
               "and '=' around here");
    };
#if TOML_EXCEPTIONS
    try {
        return toml::parse(std::string_view(m_text), std::string_view(m_name));
    } catch (const toml::parse_error& e) {
        syntaxError(e);
        return std::nullopt;
    }
#else
    toml::parse_result result = toml::parse(std::string_view(m_text), std::string_view(m_name));
    if (!result) {
        syntaxError(result.error());
        return std::nullopt;
    }
    return std::move(result).table();
#endif
}

std::string_view SourceFile::lineText(int line) const {
    std::string_view rest(m_text);
    for (int i = 1; i < line; ++i) {
        const size_t end = rest.find('\n');
        if (end == std::string_view::npos) return {};
        rest.remove_prefix(end + 1);
    }
    return rest.substr(0, rest.find('\n'));
}

Position SourceFile::positionInString(Position valueStart, std::string_view content, size_t offset) const {
    const std::string_view line = lineText(valueStart.line);
    const size_t quote = byteOfColumn(line, valueStart.column);
    if (quote == std::string_view::npos || (line[quote] != '"' && line[quote] != '\'')) return valueStart;
    const std::string_view opening = line.substr(quote, 3);
    if (opening == "\"\"\"" || opening == "'''") return valueStart;
    const std::string_view before = content.substr(0, std::min(offset, content.size()));
    if (line.substr(quote + 1, before.size()) != before) return valueStart;
    return Position{valueStart.line, valueStart.column + 1 + countCharacters(before)};
}

std::optional<SourceFile> openSourceFile(const std::filesystem::path& dir, const std::string& relative,
                                         ConfigErrors& errors) {
    std::ifstream in(dir / relative, std::ios::binary);
    if (!in) {
        SourceFile(relative, {}, errors)
            .report({}, {}, "config.unreadable", "không đọc được tệp / the file cannot be read",
                    "kiểm tra quyền đọc của tệp / check the file's read permission");
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return SourceFile(relative, std::move(text).str(), errors);
}

}  // namespace kiosk::config::detail

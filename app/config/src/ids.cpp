#include "ids.hpp"

#include <algorithm>

namespace kiosk::config::detail {
namespace {

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool isIdentifier(std::string_view id) {
    return !id.empty() && isAsciiLetter(id.front()) &&
           std::all_of(id.begin(), id.end(), [](char c) { return isAsciiLetter(c) || isDigit(c) || c == '_'; });
}

bool isOptionId(std::string_view id) {
    return !id.empty() &&
           std::all_of(id.begin(), id.end(), [](char c) { return isAsciiLetter(c) || isDigit(c) || c == '_'; });
}

bool isSlug(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-';
    });
}

UniqueIds::UniqueIds(std::string whatVi, std::string whatEn)
    : m_whatVi(std::move(whatVi)), m_whatEn(std::move(whatEn)) {}

bool UniqueIds::add(const std::string& id, SourceFile& file, Position at, std::string keyPath) {
    const auto [it, inserted] = m_seen.emplace(id, std::make_pair(file.name(), at));
    if (inserted) return true;
    const auto& [firstFile, firstAt] = it->second;
    const std::string line = std::to_string(firstAt.line);
    const bool sameFile = firstFile == file.name();
    file.report(at, std::move(keyPath), "config.duplicate_id",
                m_whatVi + " '" + id + "' bị trùng / duplicate " + m_whatEn + " '" + id + "'",
                "đã dùng ở dòng " + line + (sameFile ? "" : " của " + firstFile) +
                    ", hãy đổi một trong hai / first used on line " + line + (sameFile ? "" : " of " + firstFile) +
                    ", rename one of them");
    return false;
}

}  // namespace kiosk::config::detail

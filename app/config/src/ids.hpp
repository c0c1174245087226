#pragma once
// Spelling rules for ids and the duplicate check every list of ids shares.
#include <map>
#include <string>
#include <string_view>

#include "source_file.hpp"

namespace kiosk::config::detail {

// Field, page, document and choice-list ids: an ASCII letter, then letters, digits or '_'
// (they appear in expressions and answer keys).
bool isIdentifier(std::string_view id);
// Choice option ids (stored in answers, space-separated for multi_choice): letters, digits, '_'.
bool isOptionId(std::string_view id);
// Service and category ids (file names, URLs): lower-case letters, digits and '-'.
bool isSlug(std::string_view id);

// Remembers ids of one kind (fields, pages, ...) and reports the second use of any of them.
class UniqueIds {
public:
    UniqueIds(std::string whatVi, std::string whatEn);
    // false (after reporting at `at`) when `id` was already added.
    bool add(const std::string& id, SourceFile& file, Position at, std::string keyPath);
    bool contains(const std::string& id) const { return m_seen.count(id) > 0; }

private:
    std::string m_whatVi, m_whatEn;
    std::map<std::string, std::pair<std::string, Position>> m_seen;  // id -> file, position
};

}  // namespace kiosk::config::detail

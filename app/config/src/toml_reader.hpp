#pragma once
// Typed reading of one TOML table with the key path and position of everything read, so each
// problem becomes a ConfigError that points at the exact key. The keys a loader asks for are the
// keys it knows: whatever else the table holds is reported as unknown when the table is done.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <toml++/toml.h>

#include "kiosk/forms/model.hpp"
#include "source_file.hpp"

namespace kiosk::config::detail {

enum class Need { Optional, Required };

// The spelling of each value of an enum-like key, as administrators write it.
template <typename E>
using EnumNames = std::vector<std::pair<std::string, E>>;

class TableReader {
public:
    TableReader(const toml::table& table, SourceFile& file, std::string path, Position at);

    std::optional<std::string> string(std::string_view key, Need need = Need::Optional);
    std::optional<bool> boolean(std::string_view key, Need need = Need::Optional);
    std::optional<std::int64_t> integer(std::string_view key, Need need = Need::Optional);
    // An integer from `low` to `high`; one outside is reported, with `why` as the hint.
    std::optional<int> integerInRange(std::string_view key, int low, int high, Need need = Need::Optional,
                                      std::string why = {});
    // An integer or a float.
    std::optional<double> number(std::string_view key, Need need = Need::Optional);
    std::optional<std::vector<std::string>> strings(std::string_view key, Need need = Need::Optional);
    // A TOML date without quotes: `from = 2027-01-01`.
    std::optional<std::chrono::sys_days> date(std::string_view key, Need need = Need::Optional);
    // `{ vi = "…", en = "…" }`; when present (or required) `vi` must be non-empty.
    forms::Text text(std::string_view key, Need need = Need::Optional);
    // Parsed with forms::parseExpression; a syntax error is reported at its character.
    forms::ExpressionPtr expression(std::string_view key, Need need = Need::Optional);

    template <typename E>
    std::optional<E> oneOf(std::string_view key, const EnumNames<E>& names, Need need = Need::Optional) {
        std::vector<std::string> spelled;
        for (const auto& entry : names) spelled.push_back(entry.first);
        const auto index = enumIndex(key, spelled, need);
        if (!index) return std::nullopt;
        return names[*index].second;
    }

    // Calls `read` with the table at `key`, then checks its keys; false when there is none.
    bool table(std::string_view key, Need need, const std::function<void(TableReader&)>& read);
    // Calls `read` for every table of the array at `key` (`[[key]]` or `[ {…}, {…} ]`).
    void tables(std::string_view key, Need need, const std::function<void(TableReader&, size_t)>& read);

    bool has(std::string_view key) const { return m_table.contains(key); }
    Position at() const { return m_at; }
    // Where the value of `key` starts, or the table's position when the key is absent.
    Position valueAt(std::string_view key) const;
    // "pages[2].fields[0]" + "type" -> "pages[2].fields[0].type".
    std::string pathOf(std::string_view key) const;
    const std::string& path() const { return m_path; }
    SourceFile& file() { return m_file; }

    // Reports a problem with the value of `key`.
    void error(std::string_view key, std::string code, std::string message, std::string hint = {});
    // Reports every key of the table that no accessor asked for, with the closest known key.
    void finish();

private:
    enum class Kind { String, Boolean, Integer, Number, StringArray, Text, Table, TableArray, Date };

    const toml::node* find(std::string_view key, Need need, Kind kind);
    std::optional<size_t> enumIndex(std::string_view key, const std::vector<std::string>& names, Need need);
    void wrongType(std::string_view key, const toml::node& node, Kind kind);

    const toml::table& m_table;
    SourceFile& m_file;
    std::string m_path;
    Position m_at;
    std::vector<std::string> m_known;
};

// Reads a whole document with `read`, then reports the unknown keys of its top level.
void readDocument(const toml::table& document, SourceFile& file, const std::function<void(TableReader&)>& read);

}  // namespace kiosk::config::detail

#include "toml_reader.hpp"

#include <algorithm>

#include "kiosk/forms/expression.hpp"
#include "suggest.hpp"

namespace kiosk::config::detail {
namespace {

struct KindWords {
    const char* vi;
    const char* en;
    const char* example;  // what follows "key = "
};

std::string inQuotes(std::string_view s) { return "'" + std::string(s) + "'"; }

struct TypeName {
    const char* vi;
    const char* en;
};

TypeName nodeTypeName(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string: return {"chuỗi", "a string"};
        case toml::node_type::integer: return {"số nguyên", "a whole number"};
        case toml::node_type::floating_point: return {"số thập phân", "a decimal number"};
        case toml::node_type::boolean: return {"true/false", "true/false"};
        case toml::node_type::table: return {"bảng", "a table"};
        case toml::node_type::array: return {"danh sách", "a list"};
        default: return {"ngày giờ", "a date or time"};
    }
}

}  // namespace

TableReader::TableReader(const toml::table& table, SourceFile& file, std::string path, Position at)
    : m_table(table), m_file(file), m_path(std::move(path)), m_at(at) {}

std::string TableReader::pathOf(std::string_view key) const {
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

Position TableReader::valueAt(std::string_view key) const {
    const toml::node* node = m_table.get(key);
    return node ? positionOf(node->source()) : m_at;
}

void TableReader::error(std::string_view key, std::string code, std::string message, std::string hint) {
    m_file.report(valueAt(key), pathOf(key), std::move(code), std::move(message), std::move(hint));
}

void TableReader::wrongType(std::string_view key, const toml::node& node, Kind kind) {
    static constexpr KindWords kWords[] = {
        {"chuỗi trong dấu nháy", "a string in quotes", "\"…\""},
        {"true hoặc false", "true or false", "true"},
        {"số nguyên", "a whole number", "30"},
        {"số", "a number", "1.5"},
        {"danh sách chuỗi", "a list of strings", "[\"…\", \"…\"]"},
        {"văn bản hai thứ tiếng", "a text in Vietnamese and English", "{ vi = \"…\", en = \"…\" }"},
        {"bảng", "a table", "{ … }"},
        {"danh sách bảng", "a list of tables", "[ { … }, { … } ]"},
        {"ngày dạng năm-tháng-ngày", "a date as year-month-day", "2027-01-01"},
    };
    const KindWords& words = kWords[static_cast<size_t>(kind)];
    std::string hint = "viết / write: " + std::string(key) + " = " + words.example;
    if (node.is_string() &&
        (kind == Kind::Boolean || kind == Kind::Integer || kind == Kind::Number || kind == Kind::Date)) {
        hint += ", không có dấu nháy / without quotes";
    }
    const TypeName found = nodeTypeName(node);
    m_file.report(positionOf(node.source()), pathOf(key), "config.wrong_type",
                  inQuotes(key) + " phải là " + words.vi + ", không phải " + found.vi + " / " + inQuotes(key) +
                      " must be " + words.en + ", not " + found.en,
                  std::move(hint));
}

const toml::node* TableReader::find(std::string_view key, Need need, Kind kind) {
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end()) m_known.emplace_back(key);
    const toml::node* node = m_table.get(key);
    if (!node) {
        if (need == Need::Required) {
            m_file.report(m_at, pathOf(key), "config.missing_key",
                          "thiếu khóa bắt buộc " + inQuotes(key) + " / the required key " + inQuotes(key) +
                              " is missing",
                          "thêm vào bảng này / add it to this table");
        }
        return nullptr;
    }
    bool ok = false;
    switch (kind) {
        case Kind::String: ok = node->is_string(); break;
        case Kind::Boolean: ok = node->is_boolean(); break;
        case Kind::Integer: ok = node->is_integer(); break;
        case Kind::Number: ok = node->is_integer() || node->is_floating_point(); break;
        case Kind::StringArray: ok = node->is_array(); break;
        case Kind::Text: ok = node->is_table(); break;
        case Kind::Table: ok = node->is_table(); break;
        case Kind::TableArray: ok = node->is_array(); break;
        case Kind::Date: ok = node->is_date(); break;
    }
    if (!ok) {
        wrongType(key, *node, kind);
        return nullptr;
    }
    return node;
}

std::optional<std::string> TableReader::string(std::string_view key, Need need) {
    const toml::node* node = find(key, need, Kind::String);
    if (!node) return std::nullopt;
    return std::string(node->as_string()->get());
}

std::optional<std::chrono::sys_days> TableReader::date(std::string_view key, Need need) {
    const toml::node* node = find(key, need, Kind::Date);
    if (!node) return std::nullopt;
    const toml::date d = node->as_date()->get();
    return std::chrono::sys_days(std::chrono::year{d.year} / std::chrono::month{d.month} /
                                 std::chrono::day{d.day});
}

std::optional<bool> TableReader::boolean(std::string_view key, Need need) {
    const toml::node* node = find(key, need, Kind::Boolean);
    if (!node) return std::nullopt;
    return node->as_boolean()->get();
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, Need need) {
    const toml::node* node = find(key, need, Kind::Integer);
    if (!node) return std::nullopt;
    return node->as_integer()->get();
}

std::optional<int> TableReader::integerInRange(std::string_view key, int low, int high, Need need,
                                              std::string why) {
    const auto value = integer(key, need);
    if (!value) return std::nullopt;
    if (*value < low || *value > high) {
        const std::string range = std::to_string(low) + " … " + std::to_string(high);
        error(key, "config.out_of_range",
              inQuotes(key) + " phải trong khoảng " + range + " / " + inQuotes(key) + " must be within " + range,
              std::move(why));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<double> TableReader::number(std::string_view key, Need need) {
    const toml::node* node = find(key, need, Kind::Number);
    if (!node) return std::nullopt;
    if (const auto* integer = node->as_integer()) return static_cast<double>(integer->get());
    return node->as_floating_point()->get();
}

std::optional<std::vector<std::string>> TableReader::strings(std::string_view key, Need need) {
    const toml::node* node = find(key, need, Kind::StringArray);
    if (!node) return std::nullopt;
    std::vector<std::string> out;
    for (const toml::node& item : *node->as_array()) {
        if (!item.is_string()) {
            wrongType(key, item, Kind::StringArray);
            return std::nullopt;
        }
        out.emplace_back(item.as_string()->get());
    }
    return out;
}

forms::Text TableReader::text(std::string_view key, Need need) {
    forms::Text out;
    const toml::node* node = find(key, need, Kind::Text);
    if (!node) return out;
    TableReader inner(*node->as_table(), m_file, pathOf(key), positionOf(node->source()));
    out.vi = inner.string("vi").value_or("");
    out.en = inner.string("en").value_or("");
    inner.finish();
    if (out.vi.empty()) {
        m_file.report(inner.valueAt("vi"), inner.pathOf("vi"), "config.missing_vi",
                      "thiếu bản tiếng Việt / the Vietnamese text is missing",
                      "viết / write: " + std::string(key) + " = { vi = \"…\", en = \"…\" }");
    }
    return out;
}

forms::ExpressionPtr TableReader::expression(std::string_view key, Need need) {
    const auto source = string(key, need);
    if (!source) return nullptr;
    auto parsed = forms::parseExpression(*source);
    if (!parsed) {
        const Position at = m_file.positionInString(valueAt(key), *source, parsed.error().offset);
        m_file.report(at, pathOf(key), "config.expression_syntax",
                      "biểu thức sai / invalid expression: " + parsed.error().message,
                      "xem mục Expressions trong kiosk-config/README.md / see Expressions in "
                      "kiosk-config/README.md");
        return nullptr;
    }
    return std::move(parsed).value();
}

std::optional<size_t> TableReader::enumIndex(std::string_view key, const std::vector<std::string>& names,
                                             Need need) {
    const auto value = string(key, need);
    if (!value) return std::nullopt;
    const auto it = std::find(names.begin(), names.end(), *value);
    if (it != names.end()) return static_cast<size_t>(it - names.begin());
    std::string hint;
    if (const std::string close = closestMatch(*value, names); !close.empty()) {
        hint = "có phải ý bạn là " + inQuotes(close) + "? / did you mean " + inQuotes(close) + "?; ";
    }
    hint += "dùng một trong / use one of: " + joinList(names);
    error(key, "config.bad_value",
          "giá trị " + inQuotes(*value) + " không hợp lệ cho " + inQuotes(key) + " / " + inQuotes(*value) +
              " is not a valid " + std::string(key),
          std::move(hint));
    return std::nullopt;
}

bool TableReader::table(std::string_view key, Need need, const std::function<void(TableReader&)>& read) {
    const toml::node* node = find(key, need, Kind::Table);
    if (!node) return false;
    TableReader inner(*node->as_table(), m_file, pathOf(key), positionOf(node->source()));
    read(inner);
    inner.finish();
    return true;
}

void TableReader::tables(std::string_view key, Need need,
                         const std::function<void(TableReader&, size_t)>& read) {
    const toml::node* node = find(key, need, Kind::TableArray);
    if (!node) return;
    const toml::array& array = *node->as_array();
    if (array.empty() && need == Need::Required) {
        error(key, "config.missing_key",
              "cần ít nhất một mục " + inQuotes(key) + " / at least one " + inQuotes(key) + " entry is needed",
              "thêm / add: [[" + pathOf(key) + "]]");
    }
    for (size_t i = 0; i < array.size(); ++i) {
        const toml::node& item = *array.get(i);
        const std::string itemPath = pathOf(key) + "[" + std::to_string(i) + "]";
        if (!item.is_table()) {
            const TypeName found = nodeTypeName(item);
            m_file.report(positionOf(item.source()), itemPath, "config.wrong_type",
                          std::string("mỗi mục phải là một bảng, không phải ") + found.vi +
                              " / each entry must be a table, not " + found.en,
                          "viết / write: [[" + pathOf(key) + "]]");
            continue;
        }
        TableReader inner(*item.as_table(), m_file, itemPath, positionOf(item.source()));
        read(inner, i);
        inner.finish();
    }
}

void TableReader::finish() {
    for (const auto& [key, node] : m_table) {
        const std::string name(key.str());
        if (std::find(m_known.begin(), m_known.end(), name) != m_known.end()) continue;
        const std::string close = closestMatch(name, m_known);
        std::string hint = close.empty()
                               ? "các khóa dùng được ở đây / keys allowed here: " + joinList(m_known)
                               : "có phải ý bạn là " + inQuotes(close) + "? / did you mean " + inQuotes(close) + "?";
        m_file.report(positionOf(key.source()), pathOf(name), "config.unknown_key",
                      "khóa " + inQuotes(name) + " không dùng được ở đây / unknown key " + inQuotes(name),
                      std::move(hint));
    }
}

void readDocument(const toml::table& document, SourceFile& file, const std::function<void(TableReader&)>& read) {
    TableReader reader(document, file, {}, Position{1, 1});
    read(reader);
    reader.finish();
}

}  // namespace kiosk::config::detail

#pragma once
// The field checks every kiosk request body shares (a filing's create body, a supplement):
// one Checker walks the body and collects a {pointer, code} per wrong field, so one reply lists
// them all. Pointers name fields, never values.
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::reference_portal {

bool isPrintableAscii(std::string_view s);
// 1-64 of A-Z a-z 0-9 '-': a client_filing_id or client_supplement_id.
bool isClientId(std::string_view s);
// 1-32 of A-Z 0-9 '-' '_' '.': a staff member's operator id, as the kiosk's staff list keeps it.
bool isOperatorId(std::string_view s);
// A document name: no '/' and no NUL.
bool isDocumentName(std::string_view s);

class Checker {
public:
    void error(std::string pointer, std::string code);
    bool ok() const { return m_errors.empty(); }
    nlohmann::json errors() const { return m_errors; }

    // A string member: required or optional, with a byte limit and an extra check.
    std::string text(const nlohmann::json& obj, const std::string& base, const char* key, bool required,
                     std::size_t maxBytes, bool (*valid)(std::string_view) = nullptr);
    std::int64_t integer(const nlohmann::json& obj, const std::string& base, const char* key, bool required,
                         std::int64_t min, std::int64_t max);
    // A SHA-256 member (64 hex digits), returned lower case.
    std::string sha256(const nlohmann::json& obj, const std::string& base, const char* key);

private:
    nlohmann::json m_errors = nlohmann::json::array();
};

// The listed members of `obj` that are present and not null: the checked ones only.
nlohmann::json keptMembers(const nlohmann::json& obj, std::initializer_list<const char*> keys);
// Each element of the array member `key`, cut down to `keys` (an absent array stays absent).
void keepArrayOf(const nlohmann::json& body, const char* key, std::initializer_list<const char*> keys,
                 nlohmann::json& kept);
// `answers`: an object of string -> string within the create body's limits (docs/portal-api.md
// §4.3). When not `required`, an absent member is fine.
void checkAnswers(const nlohmann::json& body, Checker& check, bool required);

// The objects of the array `key` in `body`, each read by `read(object, pointer)` into an entry:
// an absent or null array is empty; a non-array, more than `max` items or an item that is not
// an object is an error at its JSON pointer. Filings' and supplements' document lists share it.
template <typename Entry, typename Read>
std::vector<Entry> checkObjects(const nlohmann::json& body, const std::string& key, std::size_t max, Checker& check,
                                Read read) {
    std::vector<Entry> out;
    auto it = body.find(key);
    if (it == body.end() || it->is_null()) return out;
    if (!it->is_array()) {
        check.error("/" + key, "wrong_type");
        return out;
    }
    if (it->size() > max) {
        check.error("/" + key, "too_many");
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const nlohmann::json& item = (*it)[i];
        const std::string pointer = "/" + key + "/" + std::to_string(i);
        if (!item.is_object()) {
            check.error(pointer, "wrong_type");
            continue;
        }
        out.push_back(read(item, pointer));
    }
    return out;
}

}  // namespace kiosk::reference_portal

#include "request_checks.hpp"

#include <algorithm>
#include <cctype>

#include "kiosk/signing/digest.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxAnswers = 2000;
constexpr std::size_t kMaxAnswerKeyBytes = 128;
constexpr std::size_t kMaxAnswerValueBytes = 8192;

// JSON Pointer escaping (RFC 6901) for answer keys used in pointers.
std::string pointerEscape(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

bool isPrintableAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

bool isClientId(std::string_view s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
    });
}

bool isOperatorId(std::string_view s) {
    return !s.empty() && s.size() <= 32 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

bool isDocumentName(std::string_view s) {
    return s.find('/') == std::string_view::npos && s.find('\0') == std::string_view::npos;
}

void Checker::error(std::string pointer, std::string code) {
    m_errors.push_back({{"pointer", std::move(pointer)}, {"code", std::move(code)}});
}

std::string Checker::text(const json& obj, const std::string& base, const char* key, bool required,
                          std::size_t maxBytes, bool (*valid)(std::string_view)) {
    const std::string pointer = base + "/" + key;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required) error(pointer, "required");
        return {};
    }
    if (!it->is_string()) {
        error(pointer, "wrong_type");
        return {};
    }
    const auto& value = it->get_ref<const std::string&>();
    if ((required && value.empty()) || value.size() > maxBytes) {
        error(pointer, "bad_length");
        return {};
    }
    if (valid != nullptr && !valid(value)) {
        error(pointer, "bad_format");
        return {};
    }
    return value;
}

std::int64_t Checker::integer(const json& obj, const std::string& base, const char* key, bool required,
                              std::int64_t min, std::int64_t max) {
    const std::string pointer = base + "/" + key;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required) error(pointer, "required");
        return 0;
    }
    if (!it->is_number_integer()) {
        error(pointer, "wrong_type");
        return 0;
    }
    const auto value = it->get<std::int64_t>();
    if (value < min || value > max) {
        error(pointer, "out_of_range");
        return 0;
    }
    return value;
}

std::string Checker::sha256(const json& obj, const std::string& base, const char* key) {
    std::string value = text(obj, base, key, true, 64, signing::isSha256Hex);
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return value;
}

json keptMembers(const json& obj, std::initializer_list<const char*> keys) {
    json out = json::object();
    for (const char* key : keys) {
        auto it = obj.find(key);
        if (it != obj.end() && !it->is_null()) out[key] = *it;
    }
    return out;
}

void keepArrayOf(const json& body, const char* key, std::initializer_list<const char*> keys, json& kept) {
    auto it = body.find(key);
    if (it == body.end() || it->is_null()) return;
    json items = json::array();
    for (const auto& item : *it) items.push_back(keptMembers(item, keys));
    kept[key] = std::move(items);
}

void checkAnswers(const json& body, Checker& check, bool required) {
    auto it = body.find("answers");
    if (it == body.end() || (!required && it->is_null())) {
        if (required) check.error("/answers", "required");
        return;
    }
    if (!it->is_object()) {
        check.error("/answers", "wrong_type");
        return;
    }
    if (it->size() > kMaxAnswers) check.error("/answers", "too_many");
    for (const auto& [key, value] : it->items()) {
        const std::string pointer = "/answers/" + pointerEscape(key);
        if (key.empty() || key.size() > kMaxAnswerKeyBytes || !isPrintableAscii(key)) {
            check.error("/answers", "bad_key");
        } else if (!value.is_string()) {
            check.error(pointer, "wrong_type");
        } else if (value.get_ref<const std::string&>().size() > kMaxAnswerValueBytes) {
            check.error(pointer, "bad_length");
        }
    }
}

}  // namespace kiosk::reference_portal

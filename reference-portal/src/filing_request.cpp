#include "reference_portal/filing_request.hpp"

#include <algorithm>
#include <cctype>

#include "kiosk/signing/digest.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxAnswers = 2000;
constexpr std::size_t kMaxAnswerKeyBytes = 128;
constexpr std::size_t kMaxAnswerValueBytes = 8192;
constexpr std::size_t kMaxDocuments = 50;
constexpr std::int64_t kMaxFee = 1'000'000'000'000;

bool isPrintableAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

bool isClientFilingId(std::string_view s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
    });
}

// Collects refusals while the body is walked, so one reply lists every wrong field.
class Checker {
public:
    void error(std::string pointer, std::string code) {
        m_errors.push_back({{"pointer", std::move(pointer)}, {"code", std::move(code)}});
    }
    bool ok() const { return m_errors.empty(); }
    json errors() const { return m_errors; }

    // A string member: required or optional, with a byte limit and an extra check.
    std::string text(const json& obj, const std::string& base, const char* key, bool required,
                     std::size_t maxBytes, bool (*valid)(std::string_view) = nullptr) {
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

    std::int64_t integer(const json& obj, const std::string& base, const char* key, bool required,
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

private:
    json m_errors = json::array();
};

// The listed members of `obj` that are present and not null: the checked ones only.
json keptMembers(const json& obj, std::initializer_list<const char*> keys) {
    json out = json::object();
    for (const char* key : keys) {
        auto it = obj.find(key);
        if (it != obj.end() && !it->is_null()) out[key] = *it;
    }
    return out;
}

// Each element of the array member `key`, cut down to `keys` (an absent array stays absent).
void keepArrayOf(const json& body, const char* key, std::initializer_list<const char*> keys,
                 json& kept) {
    auto it = body.find(key);
    if (it == body.end() || it->is_null()) return;
    json items = json::array();
    for (const auto& item : *it) items.push_back(keptMembers(item, keys));
    kept[key] = std::move(items);
}

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

void checkAnswers(const json& body, Checker& check) {
    auto it = body.find("answers");
    if (it == body.end()) {
        check.error("/answers", "required");
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

std::vector<DocumentEntry> checkDocuments(const json& body, Checker& check) {
    std::vector<DocumentEntry> out;
    auto it = body.find("documents");
    if (it == body.end() || it->is_null()) return out;
    if (!it->is_array()) {
        check.error("/documents", "wrong_type");
        return out;
    }
    if (it->size() > kMaxDocuments) {
        check.error("/documents", "too_many");
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& doc = (*it)[i];
        const std::string base = "/documents/" + std::to_string(i);
        if (!doc.is_object()) {
            check.error(base, "wrong_type");
            continue;
        }
        DocumentEntry entry;
        entry.partId = check.text(doc, base, "part_id", false, 64, isPrintableAscii);
        entry.componentCode = check.text(doc, base, "component_code", false, 64, isPrintableAscii);
        entry.name = check.text(doc, base, "name", true, 255, [](std::string_view s) {
            return s.find('/') == std::string_view::npos && s.find('\0') == std::string_view::npos;
        });
        entry.mediaType = check.text(doc, base, "media_type", false, 127, isPrintableAscii);
        entry.length = check.integer(doc, base, "length", true, 0, kMaxPartBytes);
        entry.sha256 = check.text(doc, base, "sha256", true, 64, signing::isSha256Hex);
        std::transform(entry.sha256.begin(), entry.sha256.end(), entry.sha256.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<FeeEntry> checkFees(const json& body, Checker& check, std::int64_t& total) {
    std::vector<FeeEntry> out;
    total = 0;
    auto it = body.find("fees");
    if (it == body.end() || it->is_null()) return out;
    if (!it->is_array() || it->size() > 20) {
        check.error("/fees", it->is_array() ? "too_many" : "wrong_type");
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& fee = (*it)[i];
        const std::string base = "/fees/" + std::to_string(i);
        if (!fee.is_object()) {
            check.error(base, "wrong_type");
            continue;
        }
        FeeEntry entry;
        entry.code = check.text(fee, base, "fee_code", false, 64, isPrintableAscii);
        entry.name = check.text(fee, base, "name", false, 255);
        entry.amount = check.integer(fee, base, "amount", true, 0, kMaxFee);
        total += entry.amount;
        out.push_back(std::move(entry));
    }
    if (total > kMaxFee) check.error("/fees", "out_of_range");
    return out;
}

}  // namespace

bool isIdempotencyKey(std::string_view key) {
    return !key.empty() && key.size() <= 255 && std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' ||
               c == '.' || c == ':';
    });
}

std::string unquoteKey(std::string_view header) {
    while (!header.empty() && header.front() == ' ') header.remove_prefix(1);
    while (!header.empty() && header.back() == ' ') header.remove_suffix(1);
    if (header.size() >= 2 && header.front() == '"' && header.back() == '"') {
        header = header.substr(1, header.size() - 2);
    }
    return std::string(header);
}

Result<CreateFilingRequest, Invalid> parseCreateFiling(const nlohmann::json& body) {
    if (!body.is_object()) {
        return Invalid{"Nội dung phải là một đối tượng JSON / The body must be a JSON object",
                       json::array({{{"pointer", ""}, {"code", "wrong_type"}}})};
    }
    Checker check;
    CreateFilingRequest out;
    out.clientFilingId = check.text(body, "", "client_filing_id", true, 64, isClientFilingId);
    out.serviceCode = check.text(body, "", "service_code", true, 64, isPrintableAscii);
    out.serviceId = check.text(body, "", "service_id", false, 64, isPrintableAscii);
    check.text(body, "", "form_version", false, 64);
    check.text(body, "", "channel", false, 32);
    check.text(body, "", "kiosk_created_at", false, 40, isPrintableAscii);
    check.text(body, "", "local_reference", false, 64, isPrintableAscii);
    check.integer(body, "", "catalogue_version", false, 0, 1'000'000'000);
    check.integer(body, "", "due_working_days", false, 0, 365);
    if (auto it = body.find("applicant"); it != body.end() && !it->is_null()) {
        if (!it->is_object()) {
            check.error("/applicant", "wrong_type");
        } else {
            check.integer(*it, "/applicant", "subject_type", false, 0, 9);
            check.text(*it, "/applicant", "full_name", false, 255);
            check.text(*it, "/applicant", "id_number", false, 32);
            check.text(*it, "/applicant", "phone", false, 32);
        }
    }
    checkAnswers(body, check);
    out.documents = checkDocuments(body, check);
    out.fees = checkFees(body, check, out.feeTotal);
    if (!check.ok()) {
        return Invalid{"Hồ sơ gửi lên có trường thiếu hoặc sai kiểu; xem errors / Some fields are "
                       "missing or invalid; see errors",
                       check.errors()};
    }
    out.kept = keptMembers(body, {"client_filing_id", "service_code", "service_id", "form_version",
                                  "channel", "kiosk_created_at", "local_reference",
                                  "catalogue_version", "due_working_days", "answers"});
    if (auto it = body.find("applicant"); it != body.end() && !it->is_null()) {
        out.kept["applicant"] = keptMembers(*it, {"subject_type", "full_name", "id_number", "phone"});
    }
    keepArrayOf(body, "documents",
                {"part_id", "component_code", "name", "media_type", "length", "sha256"}, out.kept);
    keepArrayOf(body, "fees", {"fee_code", "name", "amount"}, out.kept);
    return out;
}

}  // namespace kiosk::reference_portal

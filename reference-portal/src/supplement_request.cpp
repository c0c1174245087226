#include "reference_portal/supplement_request.hpp"

#include <algorithm>
#include <cctype>

#include "request_checks.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr std::int64_t kMaxPages = 500;

std::vector<SupplementDocument> checkDocuments(const json& body, Checker& check) {
    return checkObjects<SupplementDocument>(
        body, "documents", kMaxSupplementDocuments, check, [&check](const json& doc, const std::string& base) {
            SupplementDocument entry;
            entry.slotId = check.text(doc, base, "slot_id", false, 64, isSlotId);
            entry.componentCode = check.text(doc, base, "component_code", false, 64, isPrintableAscii);
            entry.name = check.text(doc, base, "name", true, 255, isDocumentName);
            entry.mediaType = check.text(doc, base, "media_type", false, 127, isPrintableAscii);
            entry.length = check.integer(doc, base, "length", true, 0, kMaxPartBytes);
            entry.pages = check.integer(doc, base, "pages", false, 1, kMaxPages);
            entry.sha256 = check.sha256(doc, base, "sha256");
            return entry;
        });
}

}  // namespace

bool isSlotId(std::string_view s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
    });
}

Result<SupplementRequest, Invalid> parseSupplement(const json& body) {
    if (!body.is_object()) {
        return Invalid{"Nội dung phải là một đối tượng JSON / The body must be a JSON object",
                       json::array({{{"pointer", ""}, {"code", "wrong_type"}}})};
    }
    Checker check;
    SupplementRequest out;
    out.clientSupplementId = check.text(body, "", "client_supplement_id", true, 64, isClientId);
    check.text(body, "", "kiosk_created_at", false, 40, isPrintableAscii);
    checkAnswers(body, check, false);
    out.documents = checkDocuments(body, check);
    const auto answers = body.find("answers");
    const bool hasAnswers = answers != body.end() && answers->is_object() && !answers->empty();
    if (check.ok() && out.documents.empty() && !hasAnswers) check.error("/documents", "required");
    if (!check.ok()) {
        return Invalid{
            "Phần bổ sung có trường thiếu hoặc sai kiểu, hoặc không có giấy tờ nào; xem "
            "errors / Some fields are missing or invalid, or nothing is added; see errors",
            check.errors()};
    }
    out.kept = keptMembers(body, {"client_supplement_id", "kiosk_created_at", "answers"});
    keepArrayOf(body, "documents", {"slot_id", "component_code", "name", "media_type", "length", "pages", "sha256"},
                out.kept);
    for (std::size_t i = 0; i < out.documents.size(); ++i) out.kept["documents"][i]["sha256"] = out.documents[i].sha256;
    return out;
}

std::vector<std::string> checkRequestedDocuments(const json& body, json& errors) {
    std::vector<std::string> out;
    auto it = body.find("documents");
    if (it == body.end() || it->is_null()) return out;
    if (!it->is_array() || it->size() > kMaxRequestedDocuments) {
        errors.push_back({{"pointer", "/documents"}, {"code", it->is_array() ? "too_many" : "wrong_type"}});
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& slot = (*it)[i];
        if (!slot.is_string() || !isSlotId(slot.get_ref<const std::string&>())) {
            errors.push_back({{"pointer", "/documents/" + std::to_string(i)}, {"code", "bad_format"}});
            continue;
        }
        const auto& id = slot.get_ref<const std::string&>();
        if (std::find(out.begin(), out.end(), id) != out.end()) {
            errors.push_back({{"pointer", "/documents/" + std::to_string(i)}, {"code", "repeated"}});
            continue;
        }
        out.push_back(id);
    }
    return out;
}

}  // namespace kiosk::reference_portal

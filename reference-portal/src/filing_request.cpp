#include "reference_portal/filing_request.hpp"

#include <algorithm>
#include <cctype>

#include "reference_portal/supplement_request.hpp"
#include "request_checks.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxDocuments = 50;
constexpr std::int64_t kMaxFee = 1'000'000'000'000;
constexpr std::size_t kMaxAddressBytes = 1024;

std::vector<DocumentEntry> checkDocuments(const json& body, Checker& check) {
    return checkObjects<DocumentEntry>(
        body, "documents", kMaxDocuments, check, [&check](const json& doc, const std::string& base) {
            DocumentEntry entry;
            entry.partId = check.text(doc, base, "part_id", false, 64, isPrintableAscii);
            entry.componentCode = check.text(doc, base, "component_code", false, 64, isPrintableAscii);
            entry.name = check.text(doc, base, "name", true, 255, isDocumentName);
            entry.mediaType = check.text(doc, base, "media_type", false, 127, isPrintableAscii);
            entry.length = check.integer(doc, base, "length", true, 0, kMaxPartBytes);
            entry.sha256 = check.sha256(doc, base, "sha256");
            return entry;
        });
}

// The document slots whose original a staff member saw at the kiosk: slot ids, each once, only on
// a filing they helped with.
void checkOriginalsSeen(const json& body, Checker& check, const std::string& channel) {
    const auto it = body.find("originals_seen");
    if (it == body.end() || it->is_null()) return;
    if (!it->is_array() || it->size() > kMaxDocuments) {
        check.error("/originals_seen", it->is_array() ? "too_many" : "wrong_type");
        return;
    }
    if (channel != "kiosk_assisted") check.error("/originals_seen", "not_allowed");
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& slot = (*it)[i];
        const std::string where = "/originals_seen/" + std::to_string(i);
        if (!slot.is_string() || !isSlotId(slot.get_ref<const std::string&>())) {
            check.error(where, "bad_format");
        } else if (std::find(it->begin(), it->begin() + static_cast<std::ptrdiff_t>(i), slot) !=
                   it->begin() + static_cast<std::ptrdiff_t>(i)) {
            check.error(where, "repeated");
        }
    }
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

// How the citizen receives the result; absent means the desk. Post needs the address, the
// other ways must not carry one (it would be personal data kept for nothing).
void checkResultDelivery(const json& body, Checker& check) {
    auto it = body.find("result_delivery");
    if (it == body.end() || it->is_null()) return;
    if (!it->is_object()) {
        check.error("/result_delivery", "wrong_type");
        return;
    }
    const std::string method = check.text(*it, "/result_delivery", "method", true, 16);
    if (!method.empty() && method != "desk" && method != "post" && method != "electronic") {
        check.error("/result_delivery/method", "bad_value");
    }
    if (method == "post") {
        check.text(*it, "/result_delivery", "address", true, kMaxAddressBytes);
    } else if (it->contains("address")) {
        check.error("/result_delivery/address", "not_allowed");
    }
}

// digitised_components: the document components scanned at the source, each a component_code of
// one of the filing's own documents, each once; all_components_digitised needs at least one.
void checkDigitisation(const json& body, const std::vector<DocumentEntry>& documents, Checker& check) {
    std::size_t count = 0;
    if (auto it = body.find("digitised_components"); it != body.end() && !it->is_null()) {
        if (!it->is_array()) {
            check.error("/digitised_components", "wrong_type");
        } else if (it->size() > kMaxDocuments) {
            check.error("/digitised_components", "too_many");
        } else {
            count = it->size();
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& code = (*it)[i];
                const std::string pointer = "/digitised_components/" + std::to_string(i);
                if (!code.is_string()) {
                    check.error(pointer, "wrong_type");
                } else if (!isSlotId(code.get_ref<const std::string&>())) {
                    check.error(pointer, "bad_format");
                } else if (std::find(it->begin(), it->begin() + static_cast<std::ptrdiff_t>(i), code) !=
                           it->begin() + static_cast<std::ptrdiff_t>(i)) {
                    check.error(pointer, "duplicate");
                } else if (std::none_of(documents.begin(), documents.end(), [&code](const DocumentEntry& d) {
                               return d.componentCode == code.get_ref<const std::string&>();
                           })) {
                    check.error(pointer, "unknown_component");
                }
            }
        }
    }
    if (auto it = body.find("all_components_digitised"); it != body.end() && !it->is_null()) {
        if (!it->is_boolean()) {
            check.error("/all_components_digitised", "wrong_type");
        } else if (it->get<bool>() && count == 0) {
            check.error("/all_components_digitised", "bad_value");
        }
    }
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
    out.clientFilingId = check.text(body, "", "client_filing_id", true, 64, isClientId);
    out.serviceCode = check.text(body, "", "service_code", true, 64, isPrintableAscii);
    out.serviceId = check.text(body, "", "service_id", false, 64, isPrintableAscii);
    check.text(body, "", "form_version", false, 64);
    const std::string channel = check.text(body, "", "channel", false, 32);
    if (!channel.empty() && channel != "kiosk" && channel != "kiosk_assisted" && channel != "desk") {
        check.error("/channel", "bad_value");
    }
    // Who helped: a staff member's operator id, only on a filing staff helped with.
    const std::string assistedBy = check.text(body, "", "assisted_by", false, 32, isOperatorId);
    if (!assistedBy.empty() && (channel.empty() || channel == "kiosk")) check.error("/assisted_by", "not_allowed");
    if (assistedBy.empty() && channel == "kiosk_assisted") check.error("/assisted_by", "required");
    checkOriginalsSeen(body, check, channel);
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
    checkAnswers(body, check, true);
    out.documents = checkDocuments(body, check);
    checkDigitisation(body, out.documents, check);
    out.fees = checkFees(body, check, out.feeTotal);
    checkResultDelivery(body, check);
    if (!check.ok()) {
        return Invalid{"Hồ sơ gửi lên có trường thiếu hoặc sai kiểu; xem errors / Some fields are "
                       "missing or invalid; see errors",
                       check.errors()};
    }
    out.kept = keptMembers(body,
                           {"client_filing_id", "service_code", "service_id", "form_version", "channel", "assisted_by",
                            "originals_seen", "kiosk_created_at", "local_reference", "catalogue_version",
                            "due_working_days", "answers", "digitised_components", "all_components_digitised"});
    if (auto it = body.find("applicant"); it != body.end() && !it->is_null()) {
        out.kept["applicant"] = keptMembers(*it, {"subject_type", "full_name", "id_number", "phone"});
    }
    keepArrayOf(body, "documents",
                {"part_id", "component_code", "name", "media_type", "length", "sha256"}, out.kept);
    keepArrayOf(body, "fees", {"fee_code", "name", "amount"}, out.kept);
    if (auto it = body.find("result_delivery"); it != body.end() && !it->is_null()) {
        out.kept["result_delivery"] = keptMembers(*it, {"method", "address"});
    }
    return out;
}

}  // namespace kiosk::reference_portal

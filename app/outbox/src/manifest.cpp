#include "manifest.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/assist.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/core/result_delivery.hpp"

namespace kiosk::outbox {
namespace {

constexpr int kManifestVersion = 1;

// nlohmann::json frees its strings without wiping them; answers are personal data, so every
// string in the tree is wiped before the tree is destroyed.
void wipeStrings(nlohmann::json& node) {
    if (node.is_string()) {
        secureWipe(node.get_ref<std::string&>());
    } else if (node.is_structured()) {
        for (auto& child : node) wipeStrings(child);
    }
}

class WipedJson {
public:
    WipedJson() = default;
    WipedJson(const WipedJson&) = delete;
    WipedJson& operator=(const WipedJson&) = delete;
    ~WipedJson() { wipeStrings(m_json); }
    nlohmann::json& get() { return m_json; }

private:
    nlohmann::json m_json;
};

Error badManifest() {
    return Error{"outbox.bad_manifest",
                 "Nội dung hồ sơ đã lưu không đúng định dạng. Vui lòng báo cán bộ. (Stored filing content is malformed.)",
                 "manifest"};
}

bool readDelivery(const nlohmann::json& node, core::Filing& filing) {
    if (!node.is_object()) return false;
    const auto way = node.find("way");
    const auto address = node.find("post_address");
    const auto fee = node.find("post_fee_vnd");
    if (way == node.end() || !way->is_string() || address == node.end() || !address->is_string() || fee == node.end() ||
        !fee->is_number_unsigned()) {
        return false;
    }
    const auto parsed = core::deliveryFromName(way->get_ref<const std::string&>());
    if (!parsed) return false;
    filing.delivery = *parsed;
    filing.postAddress = address->get<std::string>();
    filing.postFeeVnd = fee->get<long long>();
    return true;
}

bool readDigitisation(const nlohmann::json& node, core::Filing& filing) {
    const auto components = node.is_object() ? node.find("components") : node.end();
    const auto all = node.is_object() ? node.find("all") : node.end();
    if (components == node.end() || !components->is_array() || all == node.end() || !all->is_boolean()) return false;
    core::Digitisation out{{}, all->get<bool>()};
    for (const auto& c : *components) {
        if (!c.is_string()) return false;
        out.components.push_back(c.get<std::string>());
    }
    filing.digitisation = std::move(out);
    return true;
}

}  // namespace

std::string encodeManifest(const core::Filing& filing, const std::vector<AttachmentInfo>& attachments) {
    WipedJson doc;
    auto& j = doc.get();
    j["version"] = kManifestVersion;
    j["service_id"] = filing.serviceId;
    j["service_code"] = filing.serviceCode;
    j["fee_vnd"] = filing.feeVnd;
    if (filing.dueWorkingDays) j["due_working_days"] = *filing.dueWorkingDays;
    j["result_delivery"] = {{"way", core::deliveryName(filing.delivery)},
                            {"post_address", filing.postAddress},
                            {"post_fee_vnd", filing.postFeeVnd}};
    if (!filing.applicantIdNumber.empty()) j["applicant_id_number"] = filing.applicantIdNumber;
    // Absent for a kiosk's filing, so one stored before the key existed reads the same.
    if (filing.channel != core::Channel::Kiosk) j["channel"] = core::channelName(filing.channel);
    if (filing.digitisation) {
        j["digitisation"] = {{"components", filing.digitisation->components}, {"all", filing.digitisation->all}};
    }
    if (!filing.assistedBy.empty()) j["assisted_by"] = filing.assistedBy;
    if (!filing.originalsSeen.empty()) j["originals_seen"] = filing.originalsSeen;
    j["answers"] = nlohmann::json::object();
    for (const auto& [key, value] : filing.answers) j["answers"][key] = value;
    j["attachments"] = nlohmann::json::array();
    for (const auto& a : attachments) {
        nlohmann::json item{{"name", a.name}, {"media_type", a.mediaType}, {"size", a.size}, {"sha256", a.sha256}};
        if (!a.slotId.empty()) item["slot_id"] = a.slotId;
        if (a.pages > 0) item["pages"] = a.pages;
        j["attachments"].push_back(std::move(item));
    }
    return j.dump();
}

Result<void> decodeManifest(const std::vector<unsigned char>& json, core::Filing& filing,
                            std::vector<AttachmentInfo>& attachments) {
    WipedJson doc;
    doc.get() = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    const auto& j = doc.get();
    if (j.is_discarded() || !j.is_object() || j.value("version", 0) != kManifestVersion) return badManifest();
    const auto answers = j.find("answers");
    const auto list = j.find("attachments");
    if (answers == j.end() || !answers->is_object() || list == j.end() || !list->is_array()) return badManifest();
    if (!j.contains("service_id") || !j["service_id"].is_string() || !j.contains("service_code") ||
        !j["service_code"].is_string() || !j.contains("fee_vnd") || !j["fee_vnd"].is_number_integer()) {
        return badManifest();
    }
    filing.serviceId = j["service_id"].get<std::string>();
    filing.serviceCode = j["service_code"].get<std::string>();
    filing.feeVnd = j["fee_vnd"].get<long long>();
    // Absent in filings stored before the key existed: the portal then uses its own default.
    if (const auto days = j.find("due_working_days"); days != j.end()) {
        if (!days->is_number_unsigned() || days->get<unsigned>() > 365) return badManifest();
        filing.dueWorkingDays = days->get<int>();
    }
    // Absent in filings stored before the key existed: the desk, as then.
    if (const auto delivery = j.find("result_delivery"); delivery != j.end()) {
        if (!readDelivery(*delivery, filing)) return badManifest();
    }
    // Absent in filings stored before the proof of ownership, and when no number was given.
    if (const auto id = j.find("applicant_id_number"); id != j.end()) {
        if (!id->is_string()) return badManifest();
        filing.applicantIdNumber = id->get<std::string>();
    }
    if (const auto channel = j.find("channel"); channel != j.end()) {
        const auto parsed = channel->is_string() ? core::channelFromName(channel->get<std::string>()) : std::nullopt;
        if (!parsed) return badManifest();
        filing.channel = *parsed;
    }
    // Absent in filings stored before it was recorded.
    if (const auto digitisation = j.find("digitisation"); digitisation != j.end()) {
        if (!readDigitisation(*digitisation, filing)) return badManifest();
    }
    if (const auto helper = j.find("assisted_by"); helper != j.end()) {
        if (!helper->is_string() || !core::isOperatorId(helper->get_ref<const std::string&>())) return badManifest();
        filing.assistedBy = helper->get<std::string>();
    }
    // An assisted filing names its helper, and only it does (the portal refuses it otherwise).
    if ((filing.channel == core::Channel::KioskAssisted) != !filing.assistedBy.empty()) return badManifest();
    // Absent unless a helper saw an original at the kiosk.
    if (const auto seen = j.find("originals_seen"); seen != j.end()) {
        if (!seen->is_array() || filing.assistedBy.empty()) return badManifest();
        for (const auto& slot : *seen) {
            if (!slot.is_string()) return badManifest();
            filing.originalsSeen.push_back(slot.get<std::string>());
        }
        if (!core::isOriginalsSeenList(filing.originalsSeen)) return badManifest();
    }
    for (const auto& [key, value] : answers->items()) {
        if (!value.is_string()) return badManifest();
        filing.answers[key] = value.get_ref<const std::string&>();
    }
    for (const auto& a : *list) {
        if (!a.is_object() || !a.contains("name") || !a["name"].is_string() || !a.contains("media_type") ||
            !a["media_type"].is_string() || !a.contains("size") || !a["size"].is_number_unsigned() ||
            !a.contains("sha256") || !a["sha256"].is_string()) {
            return badManifest();
        }
        const auto slot = a.find("slot_id");
        const auto pages = a.find("pages");
        if ((slot != a.end() && !slot->is_string()) ||
            (pages != a.end() && (!pages->is_number_unsigned() || pages->get<unsigned>() > 1000))) {
            return badManifest();
        }
        attachments.push_back({a["name"].get<std::string>(), a["media_type"].get<std::string>(),
                               a["size"].get<std::size_t>(), a["sha256"].get<std::string>(),
                               slot != a.end() ? slot->get<std::string>() : std::string(),
                               pages != a.end() ? pages->get<int>() : 0});
    }
    return {};
}

}  // namespace kiosk::outbox

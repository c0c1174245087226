// What the kiosk shows of a supplement: read from the portal's signed answer exactly as
// kiosk-sync kept it (portal-api.md §4.12), so the citizen sees what the portal says it
// received, never what the kiosk hoped to send.
#include <nlohmann/json.hpp>

#include "kiosk/outbox/supplement.hpp"

namespace kiosk::outbox {
namespace {

using nlohmann::json;

std::string text(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

long long number(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

// The answer's body inside the kept proof ({"body": "<the portal's JSON>", ...}); null when
// either is not JSON of that shape.
json answerBody(const std::string& proofJson) {
    const json proof = json::parse(proofJson, nullptr, false);
    if (!proof.is_object()) return nullptr;
    const json body = json::parse(text(proof, "body"), nullptr, false);
    return body.is_object() ? body : json(nullptr);
}

}  // namespace

core::SupplementStatus supplementStatus(const SupplementView& view) {
    core::SupplementStatus out;
    out.clientSupplementId = view.clientSupplementId;
    out.delivery = view.delivery;
    if (view.delivery != "delivered" || view.acknowledgementJson.empty()) return out;
    const json body = answerBody(view.acknowledgementJson);
    if (body.is_null()) return out;
    out.receivedAt = text(body, "received_at");
    const auto documents = body.find("documents");
    if (documents == body.end() || !documents->is_array()) return out;
    for (const auto& doc : *documents) {
        if (!doc.is_object()) continue;
        const long long pages = number(doc, "pages");
        out.received.push_back({text(doc, "slot_id"), text(doc, "name"), number(doc, "length"),
                                pages > 0 && pages <= 500 ? static_cast<int>(pages) : 0});
    }
    return out;
}

}  // namespace kiosk::outbox

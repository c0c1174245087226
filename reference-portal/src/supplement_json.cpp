#include "supplement_json.hpp"

#include "kiosk/base/bounded_json.hpp"
#include "reference_portal/clock.hpp"

namespace kiosk::reference_portal {

nlohmann::json supplementsJson(Store& store, const std::string& filingId, bool withAnswers) {
    using nlohmann::json;
    json out = json::array();
    for (const auto& s : store.supplements(filingId)) {
        const json request = parseBoundedJson(s.requestJson);
        const bool object = request.is_object();
        json item{{"supplement_id", s.supplementId},
                  {"client_supplement_id", s.clientSupplementId},
                  {"kiosk_id", s.kioskId},
                  {"received_at", rfc3339(s.receivedAt)},
                  {"event_seq", s.eventSeq},
                  {"documents", object ? request.value("documents", json::array()) : json::array()}};
        if (withAnswers) item["answers"] = object ? request.value("answers", json::object()) : json::object();
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace kiosk::reference_portal

#pragma once
// Help calls (docs/portal-api.md §4.15): a citizen at a kiosk pressed "Gọi cán bộ hỗ trợ"; the
// kiosk raises a call here and the commune's desk lists the open ones until a staff member says
// they are on their way. Nothing personal: the kiosk, the screen it was on and the times.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "db.hpp"
#include "reference_portal/clock.hpp"

namespace kiosk::reference_portal {

struct HelpCallRequest {
    std::string clientCallId;  // the kiosk's id for the call, = the Idempotency-Key
    std::string screen;        // the kiosk screen it came from ("" when not said)
    std::string raisedAt;      // the kiosk's own time of the press, as sent ("" when not said)
};

// The body's members checked: {pointer, code} per wrong one into `errors` (nullopt then).
std::optional<HelpCallRequest> readHelpCall(const nlohmann::json& body, nlohmann::json& errors);

// Keeps the call as open; its JSON as the desk reads it.
nlohmann::json raiseHelpCall(Db& db, const std::string& kioskId, const HelpCallRequest& request, Seconds now);

// Calls oldest first: only the open ones unless `all`.
nlohmann::json helpCalls(Db& db, bool all);

// Marks call `id` answered by `operatorId`; nullopt when there is no such call. A call answered
// already keeps its first answer (returned as it is).
std::optional<nlohmann::json> answerHelpCall(Db& db, const std::string& id, const std::string& operatorId, Seconds now);

}  // namespace kiosk::reference_portal

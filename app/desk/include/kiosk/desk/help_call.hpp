#pragma once
// Help calls as the desk reads them (GET /help-calls, docs/portal-api.md §4.15): a citizen at a
// kiosk pressed "Gọi cán bộ hỗ trợ". A reply from outside, read defensively: a member of the
// wrong type or an id, kiosk or screen of the wrong shape is an error naming the member (never
// its value); unknown members are ignored. Nothing about the citizen is in a call.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/desk/filing_record.hpp"

namespace kiosk::desk {

struct HelpCall {
    std::string id;          // the portal's help_call_id, for POST /help-calls/{id}/answer
    std::string kioskId;     // which kiosk
    std::string screen;      // the kiosk screen the citizen was on ("form_page"), may be empty
    std::string raisedAt;    // the kiosk's time of the press, as sent (RFC 3339 normally)
    std::string receivedAt;  // when the portal got it
};

// The calls of a GET /help-calls reply, oldest first. Error desk.bad_reply, `where` the JSON
// pointer of the first bad member.
Result<std::vector<HelpCall>> parseHelpCalls(std::string_view body);

// When the citizen called, in the commune's time: the kiosk's raised_at, or the portal's
// received_at when the kiosk's cannot be read (a kiosk may send any printable text there);
// nullopt when neither can.
std::optional<LocalTime> calledAt(const HelpCall& call);

// "HH:MM" of a local time, as the desk shows when a call was raised.
std::string clockTime(LocalTime time);

// Whole minutes from `called` to `now`; 0 when `now` is earlier (a kiosk's clock ahead of the
// desk's must not show a negative wait).
long minutesWaiting(LocalTime called, LocalTime now);

}  // namespace kiosk::desk

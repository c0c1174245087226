// The open help calls as the portal sends them to the desk, read defensively: a good list, a
// clear error naming the member (never its value) for each kind of bad reply, and the time the
// desk shows and counts the wait from.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/desk/help_call.hpp"

using namespace kiosk::desk;
using namespace std::chrono;

namespace {

std::string withCall(const std::string& members) { return R"({"help_calls": [{)" + members + "}]}"; }

const std::string kIds = R"("help_call_id": "hc_1", "kiosk_id": "KIOSK-DEMO-01")";

LocalTime at(int hour, int minute, int second = 0) {
    return local_days{2026y / December / 7} + hours{hour} + minutes{minute} + seconds{second};
}

}  // namespace

TEST_CASE("a good list gives each call, oldest first, and ignores members it does not know") {
    auto calls = parseHelpCalls(R"({"help_calls": [
      {"help_call_id": "hc_a1", "kiosk_id": "KIOSK-DEMO-01", "client_call_id": "c-1", "screen": "form_page",
       "raised_at": "2026-12-07T09:15:00+07:00", "received_at": "2026-12-07T09:15:01+07:00",
       "state": "open", "answered_by": "", "answered_at": null, "something_new": [1]},
      {"help_call_id": "hc_b2", "kiosk_id": "KIOSK-02", "screen": null}]})");
    REQUIRE(calls);
    REQUIRE(calls->size() == 2);
    CHECK((*calls)[0].id == "hc_a1");
    CHECK((*calls)[0].kioskId == "KIOSK-DEMO-01");
    CHECK((*calls)[0].screen == "form_page");
    CHECK((*calls)[0].raisedAt == "2026-12-07T09:15:00+07:00");
    CHECK((*calls)[1].screen.empty());
    CHECK((*calls)[1].raisedAt.empty());
    auto none = parseHelpCalls(R"({"help_calls": []})");
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("a bad reply is desk.bad_reply naming the member, never its value") {
    struct Case {
        std::string body;
        std::string where;
    };
    const Case cases[] = {
        {"not json", ""},
        {"[]", ""},
        {R"({"calls": []})", "/help_calls"},
        {R"({"help_calls": {}})", "/help_calls"},
        {R"({"help_calls": [7]})", "/help_calls/0"},
        {withCall(R"("kiosk_id": "K1")"), "/help_calls/0/help_call_id"},
        {withCall(R"("help_call_id": "", "kiosk_id": "K1")"), "/help_calls/0/help_call_id"},
        {withCall(R"("help_call_id": "../staff", "kiosk_id": "K1")"), "/help_calls/0/help_call_id"},
        {withCall(R"("help_call_id": "hc_1", "kiosk_id": 5)"), "/help_calls/0/kiosk_id"},
        {withCall(R"("help_call_id": "hc_1", "kiosk_id": "Trần Văn A")"), "/help_calls/0/kiosk_id"},
        {withCall(kIds + R"(, "screen": "Form Page")"), "/help_calls/0/screen"},
        {withCall(kIds + R"(, "screen": ")" + std::string(33, 'a') + "\""), "/help_calls/0/screen"},
        {withCall(kIds + R"(, "raised_at": "09:15\n")"), "/help_calls/0/raised_at"},
        {withCall(kIds + R"(, "received_at": 1733560000)"), "/help_calls/0/received_at"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.body);
        auto calls = parseHelpCalls(c.body);
        REQUIRE_FALSE(calls);
        CHECK(calls.error().code == "desk.bad_reply");
        CHECK(calls.error().where == c.where);
        CHECK(calls.error().message.find("Trần") == std::string::npos);
    }
}

TEST_CASE("the call's time is the kiosk's, or the portal's when the kiosk's cannot be read") {
    HelpCall call;
    call.raisedAt = "2026-12-07T09:15:40+07:00";
    call.receivedAt = "2026-12-07T09:16:02+07:00";
    REQUIRE(calledAt(call));
    CHECK(*calledAt(call) == at(9, 15, 40));
    CHECK(clockTime(*calledAt(call)) == "09:15");
    call.raisedAt = "yesterday";
    REQUIRE(calledAt(call));
    CHECK(*calledAt(call) == at(9, 16, 2));
    call.receivedAt = "";
    CHECK_FALSE(calledAt(call));
}

TEST_CASE("the wait is counted in whole minutes and never negative") {
    CHECK(minutesWaiting(at(9, 15, 40), at(9, 15, 59)) == 0);
    CHECK(minutesWaiting(at(9, 15, 40), at(9, 16, 39)) == 0);
    CHECK(minutesWaiting(at(9, 15, 40), at(9, 16, 40)) == 1);
    CHECK(minutesWaiting(at(9, 15, 0), at(10, 20, 0)) == 65);
    CHECK(minutesWaiting(at(9, 20, 0), at(9, 15, 0)) == 0);  // the kiosk's clock ahead of the desk's
}

#include "kiosk/desk/help_call.hpp"

#include <algorithm>
#include <cctype>

#include "kiosk/base/bounded_json.hpp"

namespace kiosk::desk {
namespace {

using nlohmann::json;

Error badReply(std::string where) {
    return Error{"desk.bad_reply",
                 "Cổng trả lời danh sách gọi hỗ trợ không đúng mẫu (the portal's help call list is malformed)",
                 std::move(where)};
}

bool allOf(std::string_view s, size_t most, bool (*ok)(char)) {
    return s.size() <= most && std::all_of(s.begin(), s.end(), ok);
}

bool idChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.' || c == ':';
}
bool screenChar(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool printable(char c) { return c >= 0x20 && c < 0x7f; }

// A string member of `call` whose every character passes `ok`; false when absent or wrong.
bool member(const json& call, const char* key, size_t most, bool (*ok)(char), bool required, std::string& out) {
    const auto it = call.find(key);
    if (it == call.end() || it->is_null()) return !required;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return allOf(out, most, ok) && (!required || !out.empty());
}

}  // namespace

Result<std::vector<HelpCall>> parseHelpCalls(std::string_view body) {
    const json reply = parseBoundedJson(body);
    if (reply.is_discarded() || !reply.is_object()) return badReply("");
    const auto list = reply.find("help_calls");
    if (list == reply.end() || !list->is_array()) return badReply("/help_calls");
    std::vector<HelpCall> calls;
    for (size_t i = 0; i < list->size(); ++i) {
        const json& c = (*list)[i];
        const std::string at = "/help_calls/" + std::to_string(i);
        if (!c.is_object()) return badReply(at);
        HelpCall call;
        if (!member(c, "help_call_id", 128, idChar, true, call.id)) return badReply(at + "/help_call_id");
        if (!member(c, "kiosk_id", 64, idChar, true, call.kioskId)) return badReply(at + "/kiosk_id");
        if (!member(c, "screen", 32, screenChar, false, call.screen)) return badReply(at + "/screen");
        if (!member(c, "raised_at", 40, printable, false, call.raisedAt)) return badReply(at + "/raised_at");
        if (!member(c, "received_at", 40, printable, false, call.receivedAt)) return badReply(at + "/received_at");
        calls.push_back(std::move(call));
    }
    return calls;
}

std::optional<LocalTime> calledAt(const HelpCall& call) {
    if (auto raised = parsePortalTime(call.raisedAt)) return raised;
    return parsePortalTime(call.receivedAt);
}

std::string clockTime(LocalTime time) {
    const std::string dateAndTime = formatLocalTime(time);  // "YYYY-MM-DD HH:MM"
    return dateAndTime.substr(dateAndTime.size() - 5);
}

long minutesWaiting(LocalTime called, LocalTime now) {
    if (now <= called) return 0;
    return static_cast<long>(std::chrono::floor<std::chrono::minutes>(now - called).count());
}

}  // namespace kiosk::desk

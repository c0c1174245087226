// The desk's queue (docs/portal-api.md §4.14): kiosks take numbered tickets for a service group,
// one sequence per group and day for every kiosk of the commune; staff call the next one.
#include <algorithm>

#include "routes.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

// A group id as kiosk-config names it: 1-32 of a-z, 0-9 and '-'.
bool isGroupId(const std::string& s) {
    return !s.empty() && s.size() <= 32 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

json ticketJson(const QueueTicketRow& t) {
    return {{"ticket_id", t.id},
            {"group", t.group},
            {"number", t.number},
            {"day", t.day},
            {"issued_at", rfc3339(t.issuedAt)},
            {"waiting", t.waiting}};
}

ApiResponse badGroup(const Call& call) {
    return problem(
        400, "bad_request",
        "Mã nhóm dịch vụ chỉ gồm a-z, 0-9 và '-', tối đa 32 ký tự / The group id is 1-32 of a-z, 0-9 and '-'",
        call.instance, json::array({json{{"pointer", "/group"}, {"code", "bad_value"}}}));
}

}  // namespace

ApiResponse handleIssueTicket(PortalContext& ctx, const Call& call) {
    const std::string& group = call.params.at(0);
    if (!isGroupId(group)) return badGroup(call);
    if (!parseJsonBody(call, true)) return badJson(call);
    return jsonResponse(201, ticketJson(ctx.store.issueTicket(group, call.who.id, call.now)));
}

ApiResponse handleCallNextTicket(PortalContext& ctx, const Call& call) {
    const std::string& group = call.params.at(0);
    if (!isGroupId(group)) return badGroup(call);
    if (!parseJsonBody(call, true)) return badJson(call);
    auto next = ctx.store.callNextTicket(group, call.now);
    if (!next) {
        return problem(404, "not_found", "Không còn ai chờ ở nhóm này hôm nay / Nobody is waiting in this group today",
                       call.instance);
    }
    return jsonResponse(200, ticketJson(*next));
}

}  // namespace kiosk::reference_portal

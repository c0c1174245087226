// Help calls (docs/portal-api.md §4.15): kiosks raise them, the desk lists and answers them.
#include "help_calls.hpp"
#include "routes.hpp"

namespace kiosk::reference_portal {

using nlohmann::json;

ApiResponse handleRaiseHelpCall(PortalContext& ctx, const Call& call) {
    if (call.params.at(0) != call.who.id) {
        return problem(403, "forbidden",
                       "Kiosk chỉ được dùng đường dẫn của chính mình / A kiosk may only use its own kiosk path",
                       call.instance);
    }
    auto body = parseJsonBody(call, false);
    if (!body) return badJson(call);
    json errors = json::array();
    const auto request = readHelpCall(*body, errors);
    if (!request) {
        return problem(400, "bad_request",
                       "Lời gọi cán bộ có trường sai; xem errors / Help call fields are wrong; see errors",
                       call.instance, errors);
    }
    if (request->clientCallId != call.idempotencyKey) {
        return problem(400, "idempotency_key_mismatch",
                       "Idempotency-Key phải bằng client_call_id / Idempotency-Key must equal client_call_id",
                       call.instance);
    }
    return jsonResponse(201, raiseHelpCall(ctx.store.db(), call.who.id, *request, call.now));
}

ApiResponse handleListHelpCalls(PortalContext& ctx, const Call& call) {
    const std::string state = call.http.get_param_value("state");
    if (!state.empty() && state != "open" && state != "all") {
        return problem(400, "bad_request", "state là open hoặc all / state is open or all", call.instance);
    }
    return jsonResponse(200, {{"help_calls", helpCalls(ctx.store.db(), state == "all")}});
}

ApiResponse handleAnswerHelpCall(PortalContext& ctx, const Call& call) {
    if (!parseJsonBody(call, true)) return badJson(call);
    auto answered = answerHelpCall(ctx.store.db(), call.params.at(0), call.who.id, call.now);
    if (!answered) return problem(404, "not_found", "Không có lời gọi này / No such help call", call.instance);
    return jsonResponse(200, *answered);
}

}  // namespace kiosk::reference_portal

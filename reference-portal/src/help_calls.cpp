#include "help_calls.hpp"

#include <algorithm>

#include "request_checks.hpp"
#include "store.hpp"

namespace kiosk::reference_portal {
namespace {

using nlohmann::json;

// A kiosk screen's name as core::screenName gives it: 1-32 of a-z and '_'.
bool isScreenName(std::string_view s) {
    return !s.empty() && s.size() <= 32 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

constexpr const char* kColumns =
    "SELECT id, kiosk_id, client_call_id, screen, raised_at, received_at, answered_by, answered_at FROM help_call";

json rowJson(const Statement& row) {
    const auto answeredAt = row.columnOptionalInt(7);
    return {{"help_call_id", row.columnText(0)},
            {"kiosk_id", row.columnText(1)},
            {"client_call_id", row.columnText(2)},
            {"screen", row.columnText(3)},
            {"raised_at", row.columnText(4)},
            {"received_at", rfc3339(Seconds(std::chrono::seconds(row.columnInt(5))))},
            {"state", answeredAt ? "answered" : "open"},
            {"answered_by", row.columnText(6)},
            {"answered_at", answeredAt ? json(rfc3339(Seconds(std::chrono::seconds(*answeredAt)))) : json(nullptr)}};
}

std::optional<json> callWhere(Db& db, const char* condition, const std::string& a, const std::string& b = {}) {
    auto stmt = db.prepare(std::string(kColumns) + " WHERE " + condition);
    stmt.bind(1, a);
    if (!b.empty()) stmt.bind(2, b);
    if (!orThrow(stmt.step())) return std::nullopt;
    return rowJson(stmt);
}

}  // namespace

std::optional<HelpCallRequest> readHelpCall(const json& body, json& errors) {
    if (!body.is_object()) {
        errors.push_back({{"pointer", ""}, {"code", "wrong_type"}});
        return std::nullopt;
    }
    Checker check;
    HelpCallRequest out;
    out.clientCallId = check.text(body, "", "client_call_id", true, 64, isClientId);
    out.screen = check.text(body, "", "screen", false, 32, isScreenName);
    out.raisedAt = check.text(body, "", "raised_at", false, 40, isPrintableAscii);
    if (!check.ok()) {
        for (const auto& e : check.errors()) errors.push_back(e);
        return std::nullopt;
    }
    return out;
}

json raiseHelpCall(Db& db, const std::string& kioskId, const HelpCallRequest& request, Seconds now) {
    // The same call again (its remembered reply gone) is the call already kept, never a second one.
    orThrow(db.prepare("INSERT INTO help_call(id, kiosk_id, client_call_id, screen, raised_at, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk_id, client_call_id) DO NOTHING")
                .bind(1, randomId("hc_"))
                .bind(2, kioskId)
                .bind(3, request.clientCallId)
                .bind(4, request.screen)
                .bind(5, request.raisedAt)
                .bind(6, static_cast<std::int64_t>(now.time_since_epoch().count()))
                .run());
    return *callWhere(db, "kiosk_id = ? AND client_call_id = ?", kioskId, request.clientCallId);
}

json helpCalls(Db& db, bool all) {
    auto stmt = db.prepare(std::string(kColumns) + (all ? "" : " WHERE answered_at IS NULL") +
                           " ORDER BY received_at, rowid LIMIT 500");
    json out = json::array();
    while (orThrow(stmt.step())) out.push_back(rowJson(stmt));
    return out;
}

std::optional<json> answerHelpCall(Db& db, const std::string& id, const std::string& operatorId, Seconds now) {
    orThrow(db.prepare("UPDATE help_call SET answered_by = ?, answered_at = ? WHERE id = ? AND answered_at IS NULL")
                .bind(1, operatorId)
                .bind(2, static_cast<std::int64_t>(now.time_since_epoch().count()))
                .bind(3, id)
                .run());
    return callWhere(db, "id = ?", id);
}

}  // namespace kiosk::reference_portal

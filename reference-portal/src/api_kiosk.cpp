// Kiosk-wide endpoints: the batched status feed and the heartbeat (docs/portal-api.md §4.7, §4.9).
#include <algorithm>
#include <map>

#include "audit_checkpoints.hpp"
#include "kiosk/base/bounded_json.hpp"
#include "result_delivery.hpp"
#include "routes.hpp"
#include "status.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

ApiResponse notThisKiosk(const Call& call) {
    return problem(403, "forbidden",
                   "Kiosk chỉ được dùng đường dẫn của chính mình / A kiosk may only use its own "
                   "kiosk path",
                   call.instance);
}

// Whether each heartbeat member has its JSON type and shape; only those members are kept (the
// others are dropped, never stored or shown again).
json checkedHeartbeat(const json& body, json& errors) {
    static const std::map<std::string, json::value_t> kTypes{
        {"software_version", json::value_t::string}, {"catalogue_version", json::value_t::number_integer},
        {"bad_catalogue_versions", json::value_t::array}, {"outbox_depth", json::value_t::number_integer},
        {"oldest_pending_age_s", json::value_t::number_integer},
        {"disk_free_mb", json::value_t::number_integer},
        {"clock_offset_ms", json::value_t::number_integer}, {"printer", json::value_t::string},
        {"scanner", json::value_t::string}, {"audit_checkpoint", json::value_t::object}};
    const auto scalar = [](const json& v) { return v.is_string() || v.is_number() || v.is_boolean(); };
    json kept = json::object();
    for (const auto& [key, type] : kTypes) {
        auto it = body.find(key);
        if (it == body.end() || it->is_null()) continue;
        const bool integerLike = type == json::value_t::number_integer && it->is_number_integer();
        const std::string pointer = "/" + key;
        if (!integerLike && it->type() != type) {
            errors.push_back({{"pointer", pointer}, {"code", "wrong_type"}});
        } else if (it->is_string() && it->get_ref<const std::string&>().size() > 256) {
            errors.push_back({{"pointer", pointer}, {"code", "bad_length"}});
        } else if (it->is_array() && (it->size() > 100 || !std::all_of(it->begin(), it->end(), [](const json& v) {
                                          return v.is_number_integer();
                                      }))) {
            errors.push_back({{"pointer", pointer}, {"code", "bad_format"}});
        } else if (it->is_object() && (it->size() > 20 || !std::all_of(it->begin(), it->end(), scalar))) {
            errors.push_back({{"pointer", pointer}, {"code", "bad_format"}});
        } else {
            kept[key] = *it;
        }
    }
    return kept;
}

// The documents a return_result names, {name, sha256} (sha256 null when staff attached none),
// so a kiosk can offer an electronic result to print (§4.16); empty for every other action.
json resultsOf(const EventRow& e, const FilingRow& f) {
    json out = json::array();
    if (e.action != "return_result") return out;
    const json results = parseBoundedJson(f.resultsJson);
    if (!results.is_array()) return out;
    for (const auto& r : results) {
        if (!r.is_object()) continue;
        out.push_back({{"name", r.value("name", "")}, {"sha256", r.contains("sha256") ? r["sha256"] : json(nullptr)}});
    }
    return out;
}

}  // namespace

ApiResponse handleChanges(PortalContext& ctx, const Call& call) {
    if (call.params.at(0) != call.who.id) return notThisKiosk(call);
    std::int64_t cursor = 0;
    const std::string cursorText = call.http.get_param_value("cursor");
    if (!cursorText.empty()) {
        auto parsed = parseCount(cursorText);
        if (!parsed) {
            return problem(400, "bad_request", "cursor không hợp lệ / Invalid cursor", call.instance);
        }
        cursor = *parsed;
    }
    std::int64_t limit = 100;
    if (call.http.has_param("limit")) {
        auto parsed = parseCount(call.http.get_param_value("limit"));
        if (!parsed || *parsed < 1 || *parsed > 500) {
            return problem(400, "bad_request", "limit phải từ 1 đến 500 / limit must be 1-500",
                           call.instance);
        }
        limit = *parsed;
    }
    auto events = ctx.store.changes(call.who.id, cursor, static_cast<int>(limit) + 1);
    const bool hasMore = static_cast<std::int64_t>(events.size()) > limit;
    if (hasMore) events.pop_back();
    std::map<std::string, FilingRow> filings;
    json changes = json::array();
    for (const auto& e : events) {
        auto it = filings.find(e.filingId);
        if (it == filings.end()) {
            auto row = ctx.store.filing(e.filingId);
            if (!row) continue;
            it = filings.emplace(e.filingId, std::move(*row)).first;
        }
        const FilingRow& f = it->second;
        const auto code = trangThaiHoSo(e.toStatus);
        changes.push_back({{"seq", e.seq},
                           {"at", rfc3339(e.at)},
                           {"filing_id", f.filingId},
                           {"client_filing_id", f.clientFilingId},
                           {"ma_ho_so", f.maHoSo},
                           {"action", e.action},
                           {"status", e.toStatus},
                           {"trang_thai_ho_so", code ? json(*code) : json(nullptr)},
                           {"due_at", f.dueAt ? json(rfc3339(*f.dueAt)) : json(nullptr)},
                           {"note", e.note},
                           {"documents", documentsOf(e)},
                           {"result_delivery", resultDelivery(parseBoundedJson(f.requestJson))["method"]},
                           {"results", resultsOf(e, f)}});
        cursor = e.seq;
    }
    return jsonResponse(200, {{"changes", changes},
                              {"next_cursor", std::to_string(cursor)},
                              {"has_more", hasMore}});
}

ApiResponse handleHeartbeat(PortalContext& ctx, const Call& call) {
    if (call.params.at(0) != call.who.id) return notThisKiosk(call);
    auto body = parseJsonBody(call, false);
    if (!body) return badJson(call);
    json errors = json::array();
    json kept = checkedHeartbeat(*body, errors);
    std::optional<SignedCheckpoint> checkpoint;
    if (const auto it = kept.find("audit_checkpoint"); it != kept.end()) {
        checkpoint = readCheckpoint(*it, call.who.id, call.who.signingKeyPem, errors);
        kept.erase(it);  // kept in its own table, with its verdict
    }
    if (!errors.empty()) {
        return problem(400, "bad_request",
                       "Nhịp tim có trường sai kiểu; xem errors / Heartbeat fields have wrong "
                       "types; see errors",
                       call.instance, errors);
    }
    ctx.store.saveHeartbeat(call.who.id, dumpJson(kept), call.now);
    if (checkpoint) keepCheckpoint(ctx.store.db(), call.who.id, *checkpoint, call.now);
    return jsonResponse(200, {{"server_time", rfc3339(call.now)},
                              {"desired_catalogue_version", nullptr},
                              {"min_poll_interval_s", 30},
                              {"retry", {{"base_ms", 1000}, {"cap_ms", 300000},
                                         {"reconnect_window_s", 300}}},
                              {"tls_pins_next", json::array()}});
}

ApiResponse handleAuditCheckpoints(PortalContext& ctx, const Call& call) {
    const std::string& kioskId = call.params.at(0);
    return jsonResponse(200, {{"kiosk_id", kioskId}, {"checkpoints", checkpointsOf(ctx.store.db(), kioskId)}});
}

}  // namespace kiosk::reference_portal

// Staff endpoints: the work queue and the actions that move a filing through its states
// (docs/portal-api.md §4.10).
#include <algorithm>

#include "digitisation.hpp"
#include "kiosk/base/bounded_json.hpp"
#include "kiosk/signing/digest.hpp"
#include "reference_portal/supplement_request.hpp"
#include "result_delivery.hpp"
#include "routes.hpp"
#include "status.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxNoteBytes = 2000;

// The ETag from If-Match: "17", W/"17" or 17; nullopt when absent, -1 when unreadable.
std::optional<std::int64_t> ifMatch(const httplib::Request& http) {
    if (!http.has_header("If-Match")) return std::nullopt;
    std::string value = http.get_header_value("If-Match");
    if (value.rfind("W/", 0) == 0) value.erase(0, 2);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
    }
    return parseCount(value).value_or(-1);
}

std::string optionalText(const json& body, const char* key, json& errors) {
    auto it = body.find(key);
    if (it == body.end() || it->is_null()) return {};
    if (!it->is_string() || it->get_ref<const std::string&>().size() > kMaxNoteBytes) {
        errors.push_back({{"pointer", std::string("/") + key}, {"code", "wrong_type"}});
        return {};
    }
    return it->get<std::string>();
}

json checkResults(const json& body, json& errors) {
    json out = json::array();
    auto it = body.find("results");
    if (it == body.end() || it->is_null()) return out;
    if (!it->is_array() || it->size() > 20) {
        errors.push_back({{"pointer", "/results"}, {"code", "wrong_type"}});
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& r = (*it)[i];
        const auto name = r.is_object() ? r.find("name") : r.end();
        if (!r.is_object() || name == r.end() || !name->is_string()) {
            errors.push_back({{"pointer", "/results/" + std::to_string(i)}, {"code", "wrong_type"}});
            continue;
        }
        json errorsOfNote = json::array();
        json result{{"name", name->get<std::string>()}, {"note", optionalText(r, "note", errorsOfNote)}};
        // The result document staff uploaded (PUT …/results/{sha256}), when there is one.
        if (const auto sha = r.find("sha256"); sha != r.end() && !sha->is_null()) {
            if (!sha->is_string() || !signing::isSha256Hex(sha->get<std::string>())) {
                errors.push_back({{"pointer", "/results/" + std::to_string(i) + "/sha256"}, {"code", "wrong_type"}});
                continue;
            }
            result["sha256"] = sha->get<std::string>();
        }
        out.push_back(std::move(result));
        if (!errorsOfNote.empty()) {
            errors.push_back({{"pointer", "/results/" + std::to_string(i) + "/note"},
                              {"code", "wrong_type"}});
        }
    }
    return out;
}

// One filing of the work queue: what the list shows and the desk's figures need, its history
// included, so one page of the queue is enough to colour due dates and count the 766 indicators.
// The applicant's name is staff-only: this route answers staff certificates only.
json queueEntry(PortalContext& ctx, const FilingRow& f) {
    const auto code = trangThaiHoSo(f.status);
    const json request = parseBoundedJson(f.requestJson);
    std::string applicantName;
    std::string channel = "kiosk";
    std::string assistedBy;
    json originalsSeen = json::array();
    if (request.is_object()) {
        if (const auto a = request.find("applicant"); a != request.end() && a->is_object()) {
            applicantName = a->value("full_name", std::string());
        }
        // Kiosks send the requester's name among the answers: `ho_ten` in every shipped service.
        const auto answers = request.find("answers");
        if (applicantName.empty() && answers != request.end() && answers->is_object()) {
            const auto name = answers->find("ho_ten");
            if (name != answers->end() && name->is_string()) applicantName = name->get<std::string>();
        }
        if (const auto c = request.find("channel"); c != request.end() && c->is_string())
            channel = c->get<std::string>();
        if (const auto a = request.find("assisted_by"); a != request.end() && a->is_string())
            assistedBy = a->get<std::string>();
        if (const auto o = request.find("originals_seen"); o != request.end() && o->is_array()) originalsSeen = *o;
    }
    const bool digitised = allComponentsDigitised(request, ctx.store.documents(f.filingId));
    json history = json::array();
    for (const auto& e : ctx.store.events(f.filingId, 0)) {
        history.push_back({{"at", rfc3339(e.at)}, {"action", e.action}, {"to_status", e.toStatus}});
    }
    return {{"filing_id", f.filingId},
            {"ma_ho_so", f.maHoSo},
            {"kiosk_id", f.kioskId},
            {"service_code", f.serviceCode},
            {"status", f.status},
            {"trang_thai_ho_so", code ? json(*code) : json(nullptr)},
            {"received_at", f.receivedAt ? json(rfc3339(*f.receivedAt)) : json(nullptr)},
            {"due_at", f.dueAt ? json(rfc3339(*f.dueAt)) : json(nullptr)},
            {"returned_at", f.returnedAt ? json(rfc3339(*f.returnedAt)) : json(nullptr)},
            {"applicant_name", applicantName},
            {"channel", channel},
            {"assisted_by", assistedBy},
            {"originals_seen", originalsSeen},
            {"all_components_digitised", digitised},
            {"history", history},
            {"supplements", ctx.store.supplements(f.filingId).size()},
            {"result_delivery", resultDelivery(request)["method"]},
            {"ratings", ratingsJson(ctx.store, f.filingId)},
            {"handovers", handoversJson(ctx.store, f.filingId)}};
}

}  // namespace

ApiResponse handleListFilings(PortalContext& ctx, const Call& call) {
    std::int64_t cursor = 0;
    std::int64_t limit = 100;
    if (call.http.has_param("cursor") && !call.http.get_param_value("cursor").empty()) {
        auto parsed = parseCount(call.http.get_param_value("cursor"));
        if (!parsed) return problem(400, "bad_request", "cursor không hợp lệ / Invalid cursor", call.instance);
        cursor = *parsed;
    }
    if (call.http.has_param("limit")) {
        auto parsed = parseCount(call.http.get_param_value("limit"));
        if (!parsed || *parsed < 1 || *parsed > 500) {
            return problem(400, "bad_request", "limit phải từ 1 đến 500 / limit must be 1-500",
                           call.instance);
        }
        limit = *parsed;
    }
    const auto rows = ctx.store.listFilings(call.http.get_param_value("status"),
                                            call.http.get_param_value("service_code"), cursor,
                                            static_cast<int>(limit));
    json filings = json::array();
    for (const auto& [rowid, f] : rows) {
        filings.push_back(queueEntry(ctx, f));
        cursor = rowid;
    }
    return jsonResponse(200, {{"filings", filings}, {"next_cursor", std::to_string(cursor)}});
}

ApiResponse handleAction(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    if (auto etag = ifMatch(call.http); etag && *etag != filing->lastSeq) {
        return problem(412, "precondition_failed",
                       "Hồ sơ đã được cập nhật sau khi anh/chị mở; hãy tải lại / The filing "
                       "changed since it was read; reload it",
                       call.instance);
    }
    auto body = parseJsonBody(call, false);
    if (!body) return badJson(call);
    json errors = json::array();
    const std::string action = optionalText(*body, "action", errors);
    const std::string note = optionalText(*body, "note", errors);
    const std::string reason = optionalText(*body, "reason", errors);
    const json results = checkResults(*body, errors);
    // Which of the service's documents staff ask for (slot ids of its service file).
    const auto requested = checkRequestedDocuments(*body, errors);
    if (!requested.empty() && action != "request_supplement") {
        errors.push_back({{"pointer", "/documents"}, {"code", "not_allowed"}});
    }
    if (errors.empty() && !isStaffAction(action)) {
        errors.push_back({{"pointer", "/action"}, {"code", action.empty() ? "required" : "unknown"}});
    }
    if (errors.empty() && action == "reject" && reason.empty()) {
        errors.push_back({{"pointer", "/reason"}, {"code", "required"}});
    }
    if (!errors.empty()) {
        return problem(400, "bad_request",
                       "Thao tác không hợp lệ; xem errors (từ chối cần lý do) / Invalid action; "
                       "see errors (reject needs a reason)",
                       call.instance, errors);
    }
    for (const auto& r : results) {
        if (r.contains("sha256") && !ctx.store.hasBlob(filing->filingId, r["sha256"].get<std::string>())) {
            return problem(409, "result_not_uploaded",
                           "Chưa tải lên tệp kết quả này (PUT …/results/{sha256}) / The result document was "
                           "not uploaded first",
                           call.instance);
        }
    }
    const auto to = nextStatus(action, filing->status);
    if (!to) {
        return problem(409, "invalid_transition",
                       "Không thể " + action + " hồ sơ đang ở trạng thái " + filing->status +
                           " / Action not allowed in the filing's current status",
                       call.instance);
    }
    const std::string eventNote = action == "reject" ? reason + (note.empty() ? "" : " — " + note)
                                                     : note;
    const EventRow event = ctx.store.addEvent(*filing, action, *to, call.who.id, eventNote, call.now,
                                              dumpJson(json(requested)));
    if (action == "return_result") ctx.store.setReturned(filing->filingId, call.now, dumpJson(results));
    const auto code = trangThaiHoSo(*to);
    ApiResponse answer = jsonResponse(201, {{"event", eventJson(event)},
                                            {"status", *to},
                                            {"trang_thai_ho_so", code ? json(*code) : json(nullptr)},
                                            {"etag", "\"" + std::to_string(event.seq) + "\""}});
    answer.headers.emplace_back("ETag", "\"" + std::to_string(event.seq) + "\"");
    return answer;
}

// A result document staff attach before return_result: a PDF, stored by its SHA-256 like the
// filing's own documents, only while the filing is approved.
ApiResponse handlePutResult(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    std::string sha256 = call.params.at(1);
    for (char& c : sha256) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!signing::isSha256Hex(sha256) || signing::sha256Hex(call.http.body) != sha256) {
        return problem(422, "document_digest_mismatch",
                       "Nội dung tệp không khớp mã băm trong đường dẫn / The bytes do not match the SHA-256 in "
                       "the path",
                       call.instance);
    }
    if (call.http.body.rfind("%PDF-", 0) != 0) {
        return problem(415, "not_a_pdf", "Tệp kết quả phải là PDF / The result document must be a PDF", call.instance);
    }
    if (filing->status != "approved") {
        return problem(409, "invalid_transition",
                       "Chỉ đính kèm kết quả cho hồ sơ đã duyệt / Results are attached to approved filings only",
                       call.instance);
    }
    const bool stored = ctx.store.storeDocument(filing->filingId, sha256, call.http.body, call.now);
    return jsonResponse(stored ? 201 : 200,
                        {{"sha256", sha256}, {"length", static_cast<std::int64_t>(call.http.body.size())}});
}

}  // namespace kiosk::reference_portal

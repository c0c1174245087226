// Kiosk filing endpoints: preflight, create, documents by content hash, submit (signed receipt),
// status and events (docs/portal-api.md §4.2–4.6).
#include <ctime>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/http_signature.hpp"
#include "result_delivery.hpp"
#include "routes.hpp"
#include "status.hpp"
#include "supplement_json.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

json optionalTime(const std::optional<Seconds>& t) {
    return t ? json(rfc3339(*t)) : json(nullptr);
}

json statusCode(const std::string& status) {
    const auto code = trangThaiHoSo(status);
    return code ? json(*code) : json(nullptr);
}

std::string httpDate(Seconds t) {
    const std::time_t time = t.time_since_epoch().count();
    std::tm utc{};
    gmtime_r(&time, &utc);
    char out[64];
    std::strftime(out, sizeof out, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    return out;
}

}  // namespace

ApiResponse handlePreflight(PortalContext&, const Call& call) {
    ApiResponse answer{204, {}, {}, {}};
    answer.headers = {{"Date", httpDate(call.now)},
                      {"X-Portal-Api-Version", "1"},
                      {"X-Max-Part-Bytes", std::to_string(kMaxPartBytes)}};
    return answer;
}

ApiResponse handleCreateFiling(PortalContext& ctx, const Call& call) {
    auto body = parseJsonBody(call, false);
    if (!body) return badJson(call);
    auto request = parseCreateFiling(*body);
    if (!request) {
        return problem(400, "bad_request", request.error().detail, call.instance,
                       request.error().errors);
    }
    if (request->clientFilingId != call.idempotencyKey) {
        return problem(400, "idempotency_key_mismatch",
                       "Idempotency-Key phải bằng client_filing_id của hồ sơ / Idempotency-Key "
                       "must equal the filing's client_filing_id",
                       call.instance);
    }
    const FilingRow row = ctx.store.createFiling(call.who.id, *request, call.http.body,
                                                 ctx.options.agency, call.now);
    ApiResponse answer = jsonResponse(201, {{"filing_id", row.filingId},
                                            {"client_filing_id", row.clientFilingId},
                                            {"ma_ho_so", row.maHoSo},
                                            {"status", row.status},
                                            {"trang_thai_ho_so", nullptr},
                                            {"missing_documents",
                                             ctx.store.missingDocuments(row.filingId)}});
    answer.headers.emplace_back("Location", "/api/v1/filings/" + row.filingId);
    return answer;
}

ApiResponse handlePutDocument(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    std::string sha256 = call.params.at(1);
    if (!signing::isSha256Hex(sha256)) {
        return problem(400, "bad_request",
                       "Đường dẫn phải kết thúc bằng mã SHA-256 (64 chữ số hex) của tệp / The path "
                       "must end with the document's SHA-256 (64 hex digits)",
                       call.instance);
    }
    for (char& c : sha256) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::optional<DocumentRow> declared;
    for (const auto& doc : ctx.store.documents(filing->filingId)) {
        if (doc.sha256 == sha256) declared = doc;
    }
    if (!declared) {
        return problem(404, "document_not_in_manifest",
                       "Tệp này không có trong danh sách giấy tờ đã khai khi tạo hồ sơ / This "
                       "document is not in the filing's manifest",
                       call.instance);
    }
    if (signing::sha256Hex(call.http.body) != sha256 ||
        static_cast<std::int64_t>(call.http.body.size()) != declared->length) {
        return problem(422, "document_digest_mismatch",
                       "Nội dung tệp không khớp mã băm hoặc độ dài đã khai / The bytes do not match "
                       "the declared SHA-256 or length",
                       call.instance);
    }
    if (declared->received) {
        return jsonResponse(200, {{"sha256", sha256},
                                  {"length", declared->length},
                                  {"missing_documents", ctx.store.missingDocuments(filing->filingId)}});
    }
    if (filing->status != "draft") {
        return problem(409, "invalid_transition",
                       "Hồ sơ đã nộp, không nhận thêm tệp / The filing is already submitted",
                       call.instance);
    }
    ctx.store.storeDocument(filing->filingId, sha256, call.http.body, call.now);
    return jsonResponse(201, {{"sha256", sha256},
                              {"length", declared->length},
                              {"missing_documents", ctx.store.missingDocuments(filing->filingId)}});
}

ApiResponse handleSubmit(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    if (!parseJsonBody(call, true)) return badJson(call);
    if (filing->acknowledgementJson) {
        // Already submitted: the same acknowledgement, whatever key this request carries.
        return storedAnswer(202, restoreLookupCode(ctx.lookupKey, *filing->acknowledgementJson, filing->filingId),
                            filing->acknowledgementHeadersJson.value_or("[]"));
    }
    const auto missing = ctx.store.missingDocuments(filing->filingId);
    if (!missing.empty()) {
        return problem(409, "missing_documents",
                       "Còn " + std::to_string(missing.size()) +
                           " giấy tờ chưa được tải lên; tải lên rồi nộp lại / Documents still "
                           "missing; upload them, then submit again",
                       call.instance, nullptr, json{{"missing_documents", missing}});
    }
    // The kiosk sends the procedure's time limit from its service file; without it, the
    // five working days most commune procedures take.
    const json request = parseBoundedJson(filing->requestJson);
    const int dueDays = request.is_object() ? request.value("due_working_days", 5) : 5;
    const Seconds due = dueAfterWorkingDays(call.now, dueDays, ctx.calendar);
    const std::string body = dumpJson({{"receipt_id", randomId("r-")},
                                       {"filing_id", filing->filingId},
                                       {"client_filing_id", filing->clientFilingId},
                                       {"ma_ho_so", filing->maHoSo},
                                       {"kiosk_id", filing->kioskId},
                                       {"status", "submitted"},
                                       {"trang_thai_ho_so", 1},
                                       {"received_at", rfc3339(call.now)},
                                       {"due_at", rfc3339(due)},
                                       {"manifest_sha256", filing->manifestSha256},
                                       {"lookup_code", lookupCodeFor(ctx.lookupKey, filing->filingId)}});
    ApiResponse answer = signedAnswer(ctx, call, 202, body);
    ctx.store.addEvent(*filing, "submit", "submitted", call.who.id, "", call.now);
    // Kept with its look-up code blanked: the portal keeps no copy of the code (owner_proof.hpp).
    ctx.store.markSubmitted(filing->filingId, call.now, due, blankLookupCode(body), headersJson(answer));
    return answer;
}

ApiResponse handleGetFiling(PortalContext& ctx, const Call& call) {
    auto filing = readableFiling(ctx, call);
    if (!filing) return notFound(call);
    const ProofCheck proof = checkOwnerProof(ctx, call, *filing);
    if (auto refused = refusedProof(proof, call)) return *refused;
    if (proof.result != ProofResult::Proven) {
        // A filing id alone proves nothing: the status word and the due date (§4.6).
        return jsonResponse(200, {{"filing_id", filing->filingId},
                                  {"ma_ho_so", filing->maHoSo},
                                  {"status", filing->status},
                                  {"trang_thai_ho_so", statusCode(filing->status)},
                                  {"due_at", optionalTime(filing->dueAt)}});
    }
    const json request = parseBoundedJson(filing->requestJson);
    json documents = json::array();
    for (const auto& doc : ctx.store.documents(filing->filingId)) {
        documents.push_back({{"name", doc.name}, {"sha256", doc.sha256}, {"received", doc.received}});
    }
    json payments = json::array();
    for (const auto& p : ctx.store.payments(filing->filingId, call.now)) {
        payments.push_back({{"payment_intent_id", p.id}, {"amount", p.amount}, {"status", p.status}});
    }
    json body{{"filing_id", filing->filingId},
              {"client_filing_id", filing->clientFilingId},
              {"ma_ho_so", filing->maHoSo},
              {"kiosk_id", filing->kioskId},
              {"service_code", filing->serviceCode},
              {"status", filing->status},
              {"trang_thai_ho_so", statusCode(filing->status)},
              {"received_at", optionalTime(filing->receivedAt)},
              {"due_at", optionalTime(filing->dueAt)},
              {"returned_at", optionalTime(filing->returnedAt)},
              {"fees", request.is_object() && request.contains("fees") ? request["fees"] : json::array()},
              {"documents", documents},
              {"missing_documents", ctx.store.missingDocuments(filing->filingId)},
              {"results", parseBoundedJson(filing->resultsJson)},
              {"payments", payments},
              {"supplements", supplementsJson(ctx.store, filing->filingId, call.who.role == Role::Staff)}};
    if (call.who.role == Role::Staff && request.is_object()) {
        body["answers"] = request.value("answers", json::object());
        body["applicant"] = request.value("applicant", json(nullptr));
        body["result_delivery"] = resultDelivery(request);
        body["ratings"] = ratingsJson(ctx.store, filing->filingId);
        body["handovers"] = handoversJson(ctx.store, filing->filingId);
    }
    ApiResponse answer = jsonResponse(200, body);
    answer.headers.emplace_back("ETag", "\"" + std::to_string(filing->lastSeq) + "\"");
    return answer;
}

ApiResponse handleEvents(PortalContext& ctx, const Call& call) {
    auto filing = readableFiling(ctx, call);
    if (!filing) return notFound(call);
    const ProofCheck proof = checkOwnerProof(ctx, call, *filing);
    if (auto refused = refusedProof(proof, call)) return *refused;
    if (proof.result != ProofResult::Proven) {
        return problem(403, "owner_proof_required",
                       "Cần mã tra cứu (Lookup-Code) hoặc số căn cước của người nộp (Applicant-Id-Number) / "
                       "The look-up code or the applicant's ID number is needed",
                       call.instance);
    }
    std::int64_t after = 0;
    if (call.http.has_param("after")) {
        auto parsed = parseCount(call.http.get_param_value("after"));
        if (!parsed) {
            return problem(400, "bad_request", "after phải là số nguyên không âm / after must be a "
                                               "non-negative integer",
                           call.instance);
        }
        after = *parsed;
    }
    json events = json::array();
    for (const auto& e : ctx.store.events(filing->filingId, after)) events.push_back(eventJson(e));
    return jsonResponse(200, {{"events", events}});
}

}  // namespace kiosk::reference_portal

// Supplements from a kiosk (docs/portal-api.md §4.12): the documents staff asked for, uploaded by
// content hash, then one signed, idempotent POST that stores them, records the event and moves
// the filing from supplement_requested back to processing.
#include <algorithm>
#include <cctype>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/signing/digest.hpp"
#include "reference_portal/supplement_request.hpp"
#include "request_checks.hpp"
#include "routes.hpp"
#include "status.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr const char* kRequestedStatus = "supplement_requested";

ApiResponse notRequested(const Call& call) {
    return problem(409, "invalid_transition",
                   "Hồ sơ không ở trạng thái chờ bổ sung, nên không nhận phần bổ sung / The filing "
                   "is not waiting for a supplement",
                   call.instance);
}

// The answer the kiosk keeps as proof: what was received, document by document.
std::string answerBody(const FilingRow& filing, const SupplementRow& row, const SupplementRequest& request,
                       std::int64_t answers, const std::string& requestSha256) {
    json documents = json::array();
    for (const auto& d : request.documents) {
        json doc{{"slot_id", d.slotId},
                 {"name", d.name},
                 {"media_type", d.mediaType},
                 {"length", d.length},
                 {"sha256", d.sha256}};
        if (d.pages > 0) doc["pages"] = d.pages;
        documents.push_back(std::move(doc));
    }
    return dumpJson({{"supplement_id", row.supplementId},
                     {"client_supplement_id", row.clientSupplementId},
                     {"filing_id", filing.filingId},
                     {"ma_ho_so", filing.maHoSo},
                     {"kiosk_id", filing.kioskId},
                     {"status", "processing"},
                     {"trang_thai_ho_so", 4},
                     {"received_at", rfc3339(row.receivedAt)},
                     {"event_seq", row.eventSeq},
                     {"documents", documents},
                     {"answers_received", answers},
                     {"supplement_sha256", requestSha256}});
}

}  // namespace

ApiResponse handlePutSupplementDocument(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    const std::string& clientSupplementId = call.params.at(1);
    std::string sha256 = call.params.at(2);
    if (!isClientId(clientSupplementId) || !signing::isSha256Hex(sha256)) {
        return problem(400, "bad_request",
                       "Đường dẫn phải có client_supplement_id và mã SHA-256 (64 chữ số hex) của tệp / "
                       "The path must hold the client_supplement_id and the document's SHA-256",
                       call.instance);
    }
    std::transform(sha256.begin(), sha256.end(), sha256.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (signing::sha256Hex(call.http.body) != sha256) {
        return problem(422, "document_digest_mismatch",
                       "Nội dung tệp không khớp mã băm trong đường dẫn / The bytes do not match the "
                       "SHA-256 in the path",
                       call.instance);
    }
    const json reply{{"sha256", sha256}, {"length", call.http.body.size()}};
    // Already there (a retry, or the supplement was stored meanwhile): nothing more to do.
    if (ctx.store.stagedDocumentLength(filing->filingId, clientSupplementId, sha256)) return jsonResponse(200, reply);
    if (filing->status != kRequestedStatus) return notRequested(call);
    if (ctx.store.stagedDocumentCount(filing->filingId, clientSupplementId) >=
        static_cast<std::int64_t>(kMaxSupplementDocuments)) {
        return problem(413, "payload_too_large",
                       "Phần bổ sung đã có đủ số tệp tối đa / The supplement already holds the most "
                       "documents allowed",
                       call.instance);
    }
    ctx.store.stageSupplementDocument(filing->filingId, clientSupplementId, sha256, call.http.body, call.now);
    return jsonResponse(201, reply);
}

ApiResponse handleSupplement(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    auto body = parseJsonBody(call, false);
    if (!body) return badJson(call);
    auto request = parseSupplement(*body);
    if (!request) {
        return problem(400, "bad_request", request.error().detail, call.instance, request.error().errors);
    }
    if (request->clientSupplementId != call.idempotencyKey) {
        return problem(400, "idempotency_key_mismatch",
                       "Idempotency-Key phải bằng client_supplement_id / Idempotency-Key must equal "
                       "the client_supplement_id",
                       call.instance);
    }
    // Stored already: the same signed answer, as for a submitted filing.
    if (auto stored = ctx.store.supplement(filing->filingId, request->clientSupplementId)) {
        return storedAnswer(201, stored->answerJson, stored->answerHeadersJson);
    }
    if (filing->status != kRequestedStatus) return notRequested(call);
    json missing = json::array();
    for (const auto& d : request->documents) {
        const auto length = ctx.store.stagedDocumentLength(filing->filingId, request->clientSupplementId, d.sha256);
        if (!length) {
            missing.push_back(d.sha256);
        } else if (*length != d.length) {
            return problem(422, "document_digest_mismatch",
                           "Độ dài tệp đã tải lên khác độ dài đã khai / An uploaded document's length "
                           "differs from the declared length",
                           call.instance);
        }
    }
    if (!missing.empty()) {
        return problem(409, "missing_documents",
                       "Còn " + std::to_string(missing.size()) +
                           " giấy tờ bổ sung chưa được tải lên; tải lên rồi gửi lại / Documents still "
                           "missing; upload them, then send again",
                       call.instance, nullptr, json{{"missing_documents", missing}});
    }
    json slots = json::array();
    for (const auto& d : request->documents) {
        if (!d.slotId.empty() && std::find(slots.begin(), slots.end(), d.slotId) == slots.end())
            slots.push_back(d.slotId);
    }
    const EventRow event = ctx.store.addEvent(*filing, "supplement", "processing", call.who.id, "", call.now,
                                              dumpJson(slots));
    SupplementRow row;
    row.supplementId = randomId("s-");
    row.filingId = filing->filingId;
    row.kioskId = call.who.id;
    row.clientSupplementId = request->clientSupplementId;
    row.requestJson = dumpJson(request->kept);
    row.receivedAt = call.now;
    row.eventSeq = event.seq;
    const auto answers = request->kept.contains("answers") ? request->kept["answers"].size() : 0;
    row.answerJson = answerBody(*filing, row, *request, static_cast<std::int64_t>(answers),
                                signing::sha256Hex(call.http.body));
    ApiResponse answer = signedAnswer(ctx, call, 201, row.answerJson);
    row.answerHeadersJson = headersJson(answer);
    ctx.store.insertSupplement(row);
    return answer;
}

}  // namespace kiosk::reference_portal

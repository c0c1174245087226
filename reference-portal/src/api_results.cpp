// Result documents returned electronically (docs/portal-api.md §4.16): a kiosk reads the PDF
// staff attached to `return_result` for the filing's proven owner, and records that it handed it
// over, once per filing and document, so the desk sees which results were collected.
#include <algorithm>
#include <cctype>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/signing/digest.hpp"
#include "owner_proof.hpp"
#include "reference_portal/clock.hpp"
#include "routes.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

// Whether `sha256` is a document `return_result` named for the filing.
bool namesResult(const FilingRow& filing, const std::string& sha256) {
    const json results = parseBoundedJson(filing.resultsJson);
    if (!results.is_array()) return false;
    return std::any_of(results.begin(), results.end(), [&](const json& r) {
        return r.is_object() && r.contains("sha256") && r["sha256"].is_string() && r["sha256"] == sha256;
    });
}

std::string lowerHex(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

json handoverJson(const HandoverRow& h) {
    return {
        {"filing_id", h.filingId}, {"sha256", h.sha256}, {"kiosk_id", h.kioskId}, {"handed_over_at", rfc3339(h.at)}};
}

// A kiosk needs the owner's proof for the result (it is the citizen's document); staff need none.
std::optional<ApiResponse> refusedWithoutProof(PortalContext& ctx, const Call& call, const FilingRow& filing) {
    const ProofCheck proof = checkOwnerProof(ctx, call, filing);
    if (auto refused = refusedProof(proof, call)) return refused;
    if (proof.result != ProofResult::Proven) {
        return problem(403, "owner_proof_required",
                       "Cần mã tra cứu (Lookup-Code) hoặc số căn cước của người nộp (Applicant-Id-Number) / "
                       "The look-up code or the applicant's ID number is needed",
                       call.instance);
    }
    return std::nullopt;
}

ApiResponse noSuchResult(const Call& call) {
    return problem(404, "not_found", "Hồ sơ không có kết quả điện tử này / The filing has no such result document",
                   call.instance);
}

}  // namespace

json handoversJson(Store& store, const std::string& filingId) {
    json out = json::array();
    for (const auto& h : store.handovers(filingId)) {
        json one = handoverJson(h);
        one.erase("filing_id");
        out.push_back(std::move(one));
    }
    return out;
}

ApiResponse handleGetResult(PortalContext& ctx, const Call& call) {
    auto filing = readableFiling(ctx, call);
    if (!filing) return notFound(call);
    if (auto refused = refusedWithoutProof(ctx, call, *filing)) return *refused;
    const std::string sha256 = lowerHex(call.params.at(1));
    if (!signing::isSha256Hex(sha256) || !namesResult(*filing, sha256)) return noSuchResult(call);
    auto bytes = ctx.store.blob(filing->filingId, sha256);
    if (!bytes) return noSuchResult(call);
    return ApiResponse{200, "application/pdf", std::move(*bytes), {}};
}

ApiResponse handleHandover(PortalContext& ctx, const Call& call) {
    auto filing = readableFiling(ctx, call);
    if (!filing) return notFound(call);
    if (auto refused = refusedWithoutProof(ctx, call, *filing)) return *refused;
    const auto body = parseJsonBody(call, false);
    const auto sha = body ? body->find("sha256") : json::const_iterator();
    if (!body || sha == body->end() || !sha->is_string() || !signing::isSha256Hex(sha->get<std::string>())) {
        return problem(400, "bad_request", "Thiếu sha256 của kết quả / sha256 of the result is missing", call.instance,
                       json::array({{{"pointer", "/sha256"}, {"code", "wrong_type"}}}));
    }
    const std::string sha256 = lowerHex(sha->get<std::string>());
    if (filing->status != "result_returned") {
        return problem(409, "invalid_transition", "Hồ sơ chưa trả kết quả / The filing's result has not been returned",
                       call.instance);
    }
    if (!namesResult(*filing, sha256)) return noSuchResult(call);
    // Handed over once: the same answer again for a kiosk that lost it, whichever kiosk asks.
    if (auto before = ctx.store.handover(filing->filingId, sha256)) return jsonResponse(200, handoverJson(*before));
    return jsonResponse(201, handoverJson(ctx.store.addHandover(filing->filingId, sha256, call.who.id, call.now)));
}

}  // namespace kiosk::reference_portal

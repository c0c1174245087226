#include "routes.hpp"

#include <charconv>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/signing/http_signature.hpp"
#include "status.hpp"

namespace kiosk::reference_portal {

namespace {

// Per-route body limits: only the create body (answers) and documents are large; everything
// else is a few hundred bytes, so a bigger body is refused (413) before it is read.
constexpr std::size_t kJson = kMaxJsonBytes;
constexpr std::size_t kSmallJson = 16 * 1024;
constexpr std::size_t kSupplementJson = 256 * 1024;
constexpr std::size_t kPart = static_cast<std::size_t>(kMaxPartBytes);
constexpr std::size_t kNone = 0;

}  // namespace

const std::vector<Route>& routes() {
    static const std::vector<Route> table{
        {"HEAD", "/api/v1/filings", Access::Both, KeyRule::None, kNone, handlePreflight},
        {"POST", "/api/v1/filings", Access::Kiosk, KeyRule::Required, kJson, handleCreateFiling},
        {"GET", "/api/v1/filings", Access::Staff, KeyRule::None, kNone, handleListFilings},
        {"PUT", "/api/v1/filings/{}/documents/{}", Access::Kiosk, KeyRule::None, kPart, handlePutDocument},
        {"POST", "/api/v1/filings/{}/submit", Access::Kiosk, KeyRule::Required, kSmallJson, handleSubmit},
        {"GET", "/api/v1/filings/{}", Access::Both, KeyRule::None, kNone, handleGetFiling},
        {"GET", "/api/v1/filings/{}/events", Access::Both, KeyRule::None, kNone, handleEvents},
        {"PUT", "/api/v1/filings/{}/supplements/{}/documents/{}", Access::Kiosk, KeyRule::None, kPart,
         handlePutSupplementDocument},
        {"POST", "/api/v1/filings/{}/supplements", Access::Kiosk, KeyRule::Required, kSupplementJson, handleSupplement},
        {"POST", "/api/v1/filings/{}/payment-intents", Access::Kiosk, KeyRule::Required, kSmallJson,
         handleCreatePayment},
        {"POST", "/api/v1/filings/{}/ratings", Access::Kiosk, KeyRule::Required, kSmallJson, handleCreateRating},
        {"POST", "/api/v1/filings/{}/actions", Access::Staff, KeyRule::Optional, 64 * 1024, handleAction},
        {"PUT", "/api/v1/filings/{}/results/{}", Access::Staff, KeyRule::None, kPart, handlePutResult},
        {"GET", "/api/v1/filings/{}/results/{}", Access::Both, KeyRule::None, kNone, handleGetResult},
        {"POST", "/api/v1/filings/{}/handover", Access::Kiosk, KeyRule::Required, kSmallJson, handleHandover},
        {"GET", "/api/v1/kiosks/{}/filings/changes", Access::Kiosk, KeyRule::None, kNone, handleChanges},
        {"PUT", "/api/v1/kiosks/{}/heartbeat", Access::Kiosk, KeyRule::None, kSmallJson, handleHeartbeat},
        {"GET", "/api/v1/kiosks/{}/audit-checkpoints", Access::Staff, KeyRule::None, kNone, handleAuditCheckpoints},
        {"POST", "/api/v1/kiosks/{}/help-calls", Access::Kiosk, KeyRule::Required, kSmallJson, handleRaiseHelpCall},
        {"GET", "/api/v1/help-calls", Access::Staff, KeyRule::None, kNone, handleListHelpCalls},
        {"POST", "/api/v1/help-calls/{}/answer", Access::Staff, KeyRule::None, kSmallJson, handleAnswerHelpCall},
        {"GET", "/api/v1/payment-intents/{}", Access::Both, KeyRule::None, kNone, handleGetPayment},
        {"POST", "/api/v1/_sim/payment-intents/{}/paid", Access::Staff, KeyRule::None, kSmallJson, handleSimulatePaid},
        {"POST", "/api/v1/queues/{}/tickets", Access::Kiosk, KeyRule::Required, kSmallJson, handleIssueTicket},
        {"POST", "/api/v1/queues/{}/next", Access::Staff, KeyRule::None, kSmallJson, handleCallNextTicket},
    };
    return table;
}

std::optional<FilingRow> visibleFiling(PortalContext& ctx, const Call& call) {
    auto filing = ctx.store.filing(call.params.at(0));
    if (!filing) return std::nullopt;
    // Another kiosk's filing is reported as absent, so ids cannot be probed.
    if (call.who.role == Role::Kiosk && filing->kioskId != call.who.id) return std::nullopt;
    return filing;
}

std::optional<FilingRow> readableFiling(PortalContext& ctx, const Call& call) {
    auto filing = ctx.store.filing(call.params.at(0));
    if (!filing) return std::nullopt;
    // Another kiosk reads a filing only with a proof of ownership in hand (owner_proof.hpp);
    // without one its filings stay absent, so ids cannot be probed.
    const bool carriesProof = call.http.has_header("Lookup-Code") || call.http.has_header("Applicant-Id-Number");
    if (call.who.role == Role::Kiosk && filing->kioskId != call.who.id && !carriesProof) return std::nullopt;
    return filing;
}

ApiResponse notFound(const Call& call) {
    return problem(404, "not_found", "Không tìm thấy hồ sơ hoặc mục này / Not found",
                   call.instance);
}

std::optional<nlohmann::json> parseJsonBody(const Call& call, bool emptyIsObject) {
    if (call.http.body.empty() && emptyIsObject) return nlohmann::json::object();
    auto value = parseBoundedJson(call.http.body);
    if (value.is_discarded() || !value.is_object()) return std::nullopt;
    return value;
}

ApiResponse badJson(const Call& call) {
    return problem(400, "bad_request",
                   "Nội dung phải là một đối tượng JSON hợp lệ (UTF-8), lồng nhau không quá " +
                       std::to_string(kMaxJsonDepth) +
                       " cấp / The body must be a valid JSON object (UTF-8) nested at most " +
                       std::to_string(kMaxJsonDepth) + " levels",
                   call.instance);
}

ApiResponse signedAnswer(PortalContext& ctx, const Call& call, int status, const std::string& body) {
    signing::ResponseBinding binding{status, body, call.http.method, call.targetUri,
                                     call.http.get_header_value("Content-Digest")};
    auto signature = signing::signResponse(binding, ctx.portalKey,
                                           signing::ResponseSignOptions("kiosk-portal", call.now));
    if (!signature) throw DbError("acknowledgement signing failed");
    ApiResponse answer{status, "application/json", body, {}};
    answer.headers = {{"Content-Digest", signature->contentDigest},
                      {"Signature-Input", signature->signatureInput},
                      {"Signature", signature->signature}};
    return answer;
}

std::string headersJson(const ApiResponse& answer) {
    nlohmann::json headers = nlohmann::json::array();
    for (const auto& [name, value] : answer.headers) headers.push_back({name, value});
    return dumpJson(headers);
}

ApiResponse storedAnswer(int status, const std::string& body, const std::string& headersJson) {
    ApiResponse answer{status, "application/json", body, {}};
    const auto headers = parseBoundedJson(headersJson);
    for (const auto& h : headers.is_array() ? headers : nlohmann::json::array()) {
        if (h.is_array() && h.size() == 2 && h[0].is_string() && h[1].is_string()) {
            answer.headers.emplace_back(h[0].get<std::string>(), h[1].get<std::string>());
        }
    }
    return answer;
}

nlohmann::json eventJson(const EventRow& event) {
    const auto code = trangThaiHoSo(event.toStatus);
    return {{"seq", event.seq},
            {"at", rfc3339(event.at)},
            {"action", event.action},
            {"from_status", event.fromStatus},
            {"to_status", event.toStatus},
            {"trang_thai_ho_so", code ? nlohmann::json(*code) : nlohmann::json(nullptr)},
            {"operator_id", event.operatorId},
            {"note", event.note},
            {"documents", documentsOf(event)}};
}

nlohmann::json documentsOf(const EventRow& event) {
    auto documents = parseBoundedJson(event.documentsJson);
    return documents.is_array() ? documents : nlohmann::json::array();
}

std::optional<std::int64_t> parseCount(const std::string& text) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

}  // namespace kiosk::reference_portal

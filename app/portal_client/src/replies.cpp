#include "kiosk/portal_client/replies.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/base/lookup_secret.hpp"
#include "kiosk/portal_client/reply_failure.hpp"
#include "kiosk/portal_client/retry_after.hpp"
#include "kiosk/signing/digest.hpp"
#include "result_document.hpp"

namespace kiosk::portal_client {
namespace {

using nlohmann::json;

Failure badReply(const std::string& what) {
    return makeFailure("portal.bad_reply",
                       "Câu trả lời của cổng dịch vụ công không đúng định dạng (" + what +
                           "); sẽ thử lại. (Malformed portal reply; will retry.)",
                       true);
}

// A success status with a JSON object body, or the Failure that explains why not.
PortalResult<json> successBody(const HttpResponse& reply, std::initializer_list<long> expected, Clock now) {
    if (std::find(expected.begin(), expected.end(), reply.status) == expected.end()) return failureFromReply(reply, now);
    if (!isJsonReply(reply)) {
        return makeFailure("portal.not_json",
                           "Câu trả lời không phải JSON (có thể là trang đăng nhập Wi-Fi); sẽ thử lại. "
                           "(Reply is not JSON; will retry.)",
                           true);
    }
    json doc = parseBoundedJson(reply.body);
    if (doc.is_discarded()) return badReply("JSON hỏng hoặc bị cắt");
    if (!doc.is_object()) return badReply("không phải đối tượng JSON");
    return doc;
}

bool printableAscii(std::string_view s, std::size_t maxLength) {
    return s.size() <= maxLength &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

// A string member that must be present, non-empty and pass `valid`.
std::optional<std::string> requiredText(const json& doc, const char* name, bool (*valid)(std::string_view)) {
    const auto it = doc.find(name);
    if (it == doc.end() || !it->is_string()) return std::nullopt;
    const auto& text = it->get_ref<const std::string&>();
    if (text.empty() || !valid(text)) return std::nullopt;
    return text;
}

// An optional string member: "" when absent or null, nullopt when present with a wrong type or shape.
std::optional<std::string> optionalText(const json& doc, const char* name, bool (*valid)(std::string_view)) {
    const auto it = doc.find(name);
    if (it == doc.end() || it->is_null()) return std::string();
    if (!it->is_string() || !valid(it->get_ref<const std::string&>())) return std::nullopt;
    return it->get<std::string>();
}

bool isTimestamp(std::string_view s) {
    return s.size() <= 40 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == '-' || c == ':' || c == 'T' || c == 'Z' || c == '+' || c == '.';
           });
}

bool isMaHoSo(std::string_view s) {
    return s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
                      c == '-' || c == '_' || c == '/';
           });
}

bool isWord(std::string_view s) {
    return s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
           });
}

// Free text from staff: bounded, and no control characters but line breaks and tabs.
// (Valid UTF-8 is checked by the JSON parser already.)
bool isNote(std::string_view s) {
    return s.size() <= 4096 && std::all_of(s.begin(), s.end(), [](char c) {
               const auto u = static_cast<unsigned char>(c);
               return u >= 0x20 || c == '\n' || c == '\t' || c == '\r';
           }) && s.find('\x7f') == std::string_view::npos;
}

bool isSlotId(std::string_view s) {
    return s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                      c == '-' || c == '.';
           });
}

bool isDocumentName(std::string_view s) {
    return s.size() <= 255 && isNote(s) && s.find('/') == std::string_view::npos;
}

// An optional array of slot ids; nullopt when it has the wrong shape.
std::optional<std::vector<std::string>> slotIds(const json& doc) {
    std::vector<std::string> out;
    const auto it = doc.find("documents");
    if (it == doc.end() || it->is_null()) return out;
    if (!it->is_array() || it->size() > 20) return std::nullopt;
    for (const auto& item : *it) {
        if (!item.is_string() || item.get_ref<const std::string&>().empty() ||
            !isSlotId(item.get_ref<const std::string&>()))
            return std::nullopt;
        out.push_back(item.get<std::string>());
    }
    return out;
}

bool isCursor(std::string_view s) { return printableAscii(s, 256); }
bool isPayload(std::string_view s) { return printableAscii(s, 1024); }
bool isCurrency(std::string_view s) { return s.size() == 3 && isWord(s); }
// Exactly as the portal issues it: the look-up code's alphabet and length, nothing to tidy.
bool isLookupSecret(std::string_view s) { return readLookupSecret(s) == s; }

std::optional<std::int64_t> optionalInt(const json& doc, const char* name, bool& wrongType) {
    const auto it = doc.find(name);
    if (it == doc.end() || it->is_null()) return std::nullopt;
    if (!it->is_number_integer()) {
        wrongType = true;
        return std::nullopt;
    }
    return it->get<std::int64_t>();
}

}  // namespace

bool isSafeId(std::string_view id) {
    return !id.empty() && id.size() <= 128 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-' || c == ':';
    });
}

PortalResult<Preflight> readPreflight(const HttpResponse& reply, Clock now) {
    if (reply.status != 204 || reply.header("x-portal-api-version") != "1") {
        if (reply.status >= 400) return failureFromReply(reply, now);
        return makeFailure("portal.preflight",
                           "Đường truyền chưa tới cổng dịch vụ công (có thể cần đăng nhập Wi-Fi). "
                           "(The link does not reach the portal.)",
                           true);
    }
    Preflight result;
    result.serverTime = parseHttpDate(reply.header("date"), now);
    const std::string& limit = reply.header("x-max-part-bytes");
    if (!limit.empty() && limit.size() <= 15 && std::all_of(limit.begin(), limit.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        result.maxPartBytes = std::stoll(limit);
    }
    return result;
}

PortalResult<CreatedFiling> readCreated(const HttpResponse& reply, std::string_view clientFilingId,
                                        const std::vector<std::string>& manifestSha256, Clock now) {
    auto body = successBody(reply, {201}, now);
    if (!body) return body.error();
    const json& doc = *body;
    const auto echoed = requiredText(doc, "client_filing_id", isSafeId);
    if (!echoed || *echoed != clientFilingId) return badReply("client_filing_id");
    const auto filingId = requiredText(doc, "filing_id", isSafeId);
    if (!filingId) return badReply("filing_id");
    const auto maHoSo = requiredText(doc, "ma_ho_so", isMaHoSo);
    if (!maHoSo) return badReply("ma_ho_so");
    CreatedFiling created{*filingId, *maHoSo, {}};
    const auto missing = doc.find("missing_documents");
    if (missing == doc.end() || !missing->is_array()) return badReply("missing_documents");
    for (const auto& item : *missing) {
        if (!item.is_string() || !signing::isSha256Hex(item.get_ref<const std::string&>()))
            return badReply("missing_documents");
        std::string hash = item.get<std::string>();
        std::transform(hash.begin(), hash.end(), hash.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        // The portal can only be missing what we declared; anything else is a mixed-up reply.
        if (std::find(manifestSha256.begin(), manifestSha256.end(), hash) == manifestSha256.end()) {
            return badReply("missing_documents");
        }
        if (std::find(created.missingDocuments.begin(), created.missingDocuments.end(), hash) == created.missingDocuments.end()) {
            created.missingDocuments.push_back(std::move(hash));
        }
    }
    return created;
}

PortalResult<void> readDocumentStored(const HttpResponse& reply, std::string_view sha256, Clock now) {
    auto body = successBody(reply, {200, 201}, now);
    if (!body) return body.error();
    const auto echoed = requiredText(*body, "sha256", signing::isSha256Hex);
    if (!echoed || echoed->size() != sha256.size() ||
        !std::equal(echoed->begin(), echoed->end(), sha256.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
        return badReply("sha256");
    }
    return {};
}

PortalResult<void> readRatingStored(const HttpResponse& reply, Clock now) {
    auto body = successBody(reply, {201}, now);
    if (!body) return body.error();
    if (!requiredText(*body, "rating_id", isSafeId)) return badReply("rating_id");
    return {};
}

PortalResult<std::string> readHelpCallRaised(const HttpResponse& reply, std::string_view clientCallId, Clock now) {
    auto body = successBody(reply, {201}, now);
    if (!body) return body.error();
    const auto echoed = requiredText(*body, "client_call_id", isSafeId);
    if (!echoed || *echoed != clientCallId) return badReply("client_call_id");
    const auto id = requiredText(*body, "help_call_id", isSafeId);
    if (!id) return badReply("help_call_id");
    return *id;
}

PortalResult<Acknowledgement> readAcknowledgement(const HttpResponse& reply, std::string_view clientFilingId,
                                                  std::string_view filingId, Clock now) {
    auto body = successBody(reply, {202}, now);
    if (!body) return body.error();
    const json& doc = *body;
    const auto echoed = requiredText(doc, "client_filing_id", isSafeId);
    if (!echoed || *echoed != clientFilingId) return badReply("client_filing_id");
    const auto echoedFiling = requiredText(doc, "filing_id", isSafeId);
    if (!echoedFiling || *echoedFiling != filingId) return badReply("filing_id");
    const auto id = requiredText(doc, "receipt_id", isSafeId);
    const auto maHoSo = requiredText(doc, "ma_ho_so", isMaHoSo);
    const auto receivedAt = optionalText(doc, "received_at", isTimestamp);
    const auto dueAt = optionalText(doc, "due_at", isTimestamp);
    const auto lookupSecret = optionalText(doc, "lookup_code", isLookupSecret);
    if (!id || !maHoSo || !receivedAt || !dueAt || !lookupSecret) return badReply("receipt");
    return Acknowledgement{*id, *echoedFiling, *maHoSo, *receivedAt, *dueAt, *lookupSecret, reply.body};
}

PortalResult<SupplementAcknowledgement> readSupplementAcknowledgement(const HttpResponse& reply,
                                                                      std::string_view clientSupplementId,
                                                                      std::string_view filingId,
                                                                      const std::vector<std::string>& sentSha256,
                                                                      Clock now) {
    auto body = successBody(reply, {201}, now);
    if (!body) return body.error();
    const json& doc = *body;
    const auto echoed = requiredText(doc, "client_supplement_id", isSafeId);
    if (!echoed || *echoed != clientSupplementId) return badReply("client_supplement_id");
    const auto echoedFiling = requiredText(doc, "filing_id", isSafeId);
    if (!echoedFiling || *echoedFiling != filingId) return badReply("filing_id");
    const auto id = requiredText(doc, "supplement_id", isSafeId);
    const auto maHoSo = requiredText(doc, "ma_ho_so", isMaHoSo);
    const auto status = requiredText(doc, "status", isWord);
    const auto receivedAt = requiredText(doc, "received_at", isTimestamp);
    const auto list = doc.find("documents");
    if (!id || !maHoSo || !status || !receivedAt || list == doc.end() || !list->is_array() || list->size() > 50) {
        return badReply("supplement");
    }
    SupplementAcknowledgement ack{*id, *echoedFiling, *maHoSo, *status, *receivedAt, {}, reply.body};
    for (const auto& item : *list) {
        if (!item.is_object()) return badReply("documents");
        bool wrongType = false;
        const auto slot = optionalText(item, "slot_id", isSlotId);
        const auto name = requiredText(item, "name", isDocumentName);
        const auto sha = requiredText(item, "sha256", signing::isSha256Hex);
        const auto length = optionalInt(item, "length", wrongType);
        const auto pages = optionalInt(item, "pages", wrongType);
        if (wrongType || !slot || !name || !sha || !length || *length < 0 || (pages && *pages < 0)) {
            return badReply("documents");
        }
        // The portal can only have received what we sent.
        if (std::find(sentSha256.begin(), sentSha256.end(), *sha) == sentSha256.end()) return badReply("documents");
        ack.documents.push_back({*slot, *name, *length, pages.value_or(0), *sha});
    }
    return ack;
}

PortalResult<ChangesPage> readChanges(const HttpResponse& reply, Clock now) {
    auto body = successBody(reply, {200}, now);
    if (!body) return body.error();
    const json& doc = *body;
    ChangesPage page;
    const auto list = doc.find("changes");
    if (list == doc.end() || !list->is_array()) return badReply("changes");
    for (const auto& item : *list) {
        if (!item.is_object()) return badReply("changes");
        StatusChange change;
        bool wrongType = false;
        const auto seq = optionalInt(item, "seq", wrongType);
        const auto trangThai = optionalInt(item, "trang_thai_ho_so", wrongType);
        const auto cfid = requiredText(item, "client_filing_id", isSafeId);
        const auto filingId = optionalText(item, "filing_id", isSafeId);
        const auto maHoSo = optionalText(item, "ma_ho_so", isMaHoSo);
        const auto action = optionalText(item, "action", isWord);
        const auto status = requiredText(item, "status", isWord);
        const auto at = optionalText(item, "at", isTimestamp);
        const auto dueAt = optionalText(item, "due_at", isTimestamp);
        const auto note = optionalText(item, "note", isNote);
        auto documents = slotIds(item);
        auto result = changeResultOf(item);
        if (wrongType || !seq || !cfid || !filingId || !maHoSo || !action || !status || !at || !dueAt || !note ||
            !documents || !result) {
            return badReply("changes");
        }
        if (trangThai && (*trangThai < 0 || *trangThai > 99)) return badReply("trang_thai_ho_so");
        change.seq = *seq;
        change.clientFilingId = *cfid;
        change.filingId = *filingId;
        change.maHoSo = *maHoSo;
        change.action = *action;
        change.status = *status;
        if (trangThai) change.trangThaiHoSo = static_cast<int>(*trangThai);
        change.at = *at;
        change.dueAt = *dueAt;
        change.note = *note;
        change.documents = std::move(*documents);
        change.resultDelivery = std::move(result->delivery);
        change.resultDigests = std::move(result->digests);
        page.changes.push_back(std::move(change));
    }
    const auto cursor = requiredText(doc, "next_cursor", isCursor);
    const auto more = doc.find("has_more");
    if (!cursor || more == doc.end() || !more->is_boolean()) return badReply("next_cursor");
    page.nextCursor = *cursor;
    page.hasMore = more->get<bool>();
    return page;
}

PortalResult<HeartbeatReply> readHeartbeat(const HttpResponse& reply, Clock now) {
    auto body = successBody(reply, {200}, now);
    if (!body) return body.error();
    const json& doc = *body;
    HeartbeatReply result;
    bool wrongType = false;
    result.minPollIntervalS = optionalInt(doc, "min_poll_interval_s", wrongType);
    if (const auto retry = doc.find("retry"); retry != doc.end() && !retry->is_null()) {
        if (!retry->is_object()) return badReply("retry");
        const auto base = optionalInt(*retry, "base_ms", wrongType);
        const auto cap = optionalInt(*retry, "cap_ms", wrongType);
        const auto window = optionalInt(*retry, "reconnect_window_s", wrongType);
        if (base && cap) result.retry = RetryHint{*base, *cap, window.value_or(0)};
    }
    if (wrongType) return badReply("heartbeat");
    result.serverTime = parseHttpDate(reply.header("date"), now);
    return result;
}

PortalResult<PaymentIntent> readPaymentIntent(const HttpResponse& reply, Clock now) {
    auto body = successBody(reply, {201}, now);
    if (!body) return body.error();
    const json& doc = *body;
    bool wrongType = false;
    const auto id = requiredText(doc, "payment_intent_id", isSafeId);
    const auto filingId = requiredText(doc, "filing_id", isSafeId);
    const auto amount = optionalInt(doc, "amount", wrongType);
    const auto currency = requiredText(doc, "currency", isCurrency);
    const auto reference = requiredText(doc, "reference", isMaHoSo);
    const auto status = requiredText(doc, "status", isWord);
    const auto expiresAt = requiredText(doc, "expires_at", isTimestamp);
    const auto payload = requiredText(doc, "vietqr_payload", isPayload);
    if (wrongType || !id || !filingId || !amount || *amount <= 0 || !currency || !reference || !status || !expiresAt ||
        !payload) {
        return badReply("payment_intent");
    }
    return PaymentIntent{*id, *filingId, *amount, *currency, *reference, *status, *expiresAt, *payload};
}

PortalResult<PaymentStatus> readPaymentStatus(const HttpResponse& reply, Clock now) {
    auto body = successBody(reply, {200}, now);
    if (!body) return body.error();
    const json& doc = *body;
    const auto id = requiredText(doc, "payment_intent_id", isSafeId);
    const auto status = requiredText(doc, "status", isWord);
    const auto expiresAt = optionalText(doc, "expires_at", isTimestamp);
    const auto paidAt = optionalText(doc, "paid_at", isTimestamp);
    const auto bankReference = optionalText(doc, "bank_reference", isSafeId);
    if (!id || !status || !expiresAt || !paidAt || !bankReference) return badReply("payment_status");
    return PaymentStatus{*id, *status, *expiresAt, *paidAt, *bankReference};
}

PortalResult<QueueTicketReply> readQueueTicket(const HttpResponse& reply, std::string_view group, Clock now) {
    auto body = successBody(reply, {201}, now);
    if (!body) return body.error();
    const json& doc = *body;
    bool wrongType = false;
    const auto id = requiredText(doc, "ticket_id", isSafeId);
    const auto echoed = requiredText(doc, "group", isWord);
    const auto number = optionalInt(doc, "number", wrongType);
    const auto day = requiredText(doc, "day", isWord);
    const auto issuedAt = requiredText(doc, "issued_at", isTimestamp);
    const auto waiting = optionalInt(doc, "waiting", wrongType);
    if (wrongType || !id || !echoed || *echoed != group || !number || *number < 1 || *number > 99999 || !day ||
        !issuedAt || !waiting || *waiting < 0) {
        return badReply("queue_ticket");
    }
    return QueueTicketReply{*id, *echoed, *number, *day, *issuedAt, *waiting};
}

}  // namespace kiosk::portal_client

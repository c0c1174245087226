#include "kiosk/portal_client/reply_failure.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string_view>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/portal_client/retry_after.hpp"

namespace kiosk::portal_client {
namespace {

// Problem codes the API defines (portal-api.md §2.2, §5). A code outside this list is not
// copied into our error code: it comes from the network and could carry anything.
constexpr std::array<std::string_view, 25> kKnownCodes = {
    "bad_request", "idempotency_key_missing", "idempotency_key_mismatch", "signature_missing",
    "signature_malformed", "signature_invalid", "signature_expired", "signature_key_mismatch",
    "nonce_reused", "content_digest_mismatch", "kiosk_not_enrolled", "forbidden", "not_found",
    "document_not_in_manifest", "idempotency_in_flight", "missing_documents", "invalid_transition",
    "payment_expired", "precondition_failed", "payload_too_large", "idempotency_key_reused",
    "document_digest_mismatch", "no_fee_due", "overloaded", "internal_error"};
// A kiosk's read or hand-over of a filing that is not its own, or not proven yet (§4.6).
constexpr std::array<std::string_view, 3> kProofCodes = {"owner_proof_required", "owner_proof_wrong",
                                                         "too_many_attempts"};

std::string mediaType(const HttpResponse& reply) {
    std::string type = reply.header("content-type");
    type = type.substr(0, type.find(';'));
    while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.pop_back();
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return type;
}

// Whether the portal's own refusal with this status (and code) may succeed later. 401 is kept
// retryable: a wrong clock or a certificate problem is the kiosk's, not the filing's, and once
// it is fixed the filing must still go out.
bool retryableStatus(long status, std::string_view code) {
    if (status == 408 || status == 429 || status >= 500 || status == 401) return true;
    if (status == 409) return code != "invalid_transition" && code != "payment_expired";
    return false;
}

std::string problemCode(const HttpResponse& reply) {
    if (!isJsonReply(reply)) return {};
    const auto doc = parseBoundedJson(reply.body);
    if (doc.is_discarded() || !doc.is_object()) return {};
    const auto code = doc.find("code");
    const auto status = doc.find("status");
    if (code == doc.end() || !code->is_string() || status == doc.end() || !status->is_number_integer()) return {};
    if (status->get<long>() != reply.status) return {};
    const auto& text = code->get_ref<const std::string&>();
    const bool known = std::find(kKnownCodes.begin(), kKnownCodes.end(), text) != kKnownCodes.end() ||
                       std::find(kProofCodes.begin(), kProofCodes.end(), text) != kProofCodes.end();
    return known ? text : std::string("other");
}

}  // namespace

bool isJsonReply(const HttpResponse& reply) {
    const std::string type = mediaType(reply);
    return type == "application/json" || type == "application/problem+json";
}

Failure failureFromReply(const HttpResponse& reply, std::chrono::sys_seconds now) {
    const auto retryAfter = parseRetryAfter(reply.header("retry-after"), now);
    const std::string status = std::to_string(reply.status);
    if (reply.status < 400) {
        // A 200 HTML page, a redirect to a login page, a 204: not an answer from our portal.
        if (!isJsonReply(reply)) {
            return makeFailure("portal.captive",
                               "Mạng trả về một trang không phải của cổng dịch vụ công (có thể là trang đăng nhập "
                               "Wi-Fi); hồ sơ sẽ được gửi lại. (Not the portal's reply; will retry.)",
                               true, retryAfter);
        }
        return makeFailure("portal.unexpected_status_" + status,
                           "Cổng dịch vụ công trả lời mã " + status +
                               " không như mong đợi; hồ sơ sẽ được gửi lại. (Unexpected status; will retry.)",
                           true, retryAfter);
    }
    const std::string code = problemCode(reply);
    if (code.empty()) {
        // An error page from something in between: the portal always answers problem+json.
        return makeFailure("portal.http_" + status,
                           "Lỗi " + status + " không đến từ cổng dịch vụ công; hồ sơ sẽ được gửi lại. "
                                             "(Error not from the portal; will retry.)",
                           true, retryAfter);
    }
    const bool retryable = retryableStatus(reply.status, code);
    return makeFailure("portal." + status + "." + code,
                       retryable ? "Cổng dịch vụ công tạm thời chưa nhận (" + status + " " + code +
                                       "); hồ sơ sẽ được gửi lại. (Temporarily refused; will retry.)"
                                 : "Cổng dịch vụ công từ chối hồ sơ (" + status + " " + code +
                                       "); cán bộ cần kiểm tra. (Refused; staff must check it.)",
                       retryable, retryAfter);
}

}  // namespace kiosk::portal_client

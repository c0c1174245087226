#include "reference_portal/api_response.hpp"

#include <array>

namespace kiosk::reference_portal {

namespace {

struct ProblemKind {
    std::string_view code;
    std::string_view title;
    bool retryable;
};

constexpr std::array<ProblemKind, 31> kKinds{{
    {"bad_request", "Yêu cầu không hợp lệ / Bad request", false},
    {"idempotency_key_missing", "Thiếu Idempotency-Key / Idempotency-Key is missing", false},
    {"idempotency_key_mismatch",
     "Idempotency-Key phải bằng client_filing_id / Idempotency-Key must equal client_filing_id", false},
    {"idempotency_key_reused",
     "Khóa Idempotency-Key đã được dùng cho một yêu cầu khác / Idempotency-Key reused with a "
     "different payload",
     false},
    {"idempotency_in_flight", "Yêu cầu cùng khóa đang được xử lý / A request with this key is in progress", true},
    {"signature_missing", "Thiếu chữ ký yêu cầu / Request signature missing", false},
    {"signature_malformed", "Chữ ký yêu cầu sai định dạng / Malformed request signature", false},
    {"signature_invalid", "Chữ ký yêu cầu không hợp lệ / Invalid request signature", false},
    {"signature_expired", "Chữ ký đã hết hạn hoặc đồng hồ máy bị lệch / Signature expired or clock skew", false},
    {"signature_key_mismatch", "Khóa ký không khớp với chứng thư máy / Signing key does not match the certificate",
     false},
    {"nonce_reused", "Yêu cầu đã được gửi trước đó / Replayed request", false},
    {"content_digest_mismatch", "Nội dung không khớp Content-Digest / Body does not match Content-Digest", false},
    {"kiosk_not_enrolled", "Chứng thư chưa được đăng ký với cổng / Certificate not enrolled at the portal", false},
    {"forbidden", "Không có quyền thực hiện / Forbidden", false},
    {"not_found", "Không tìm thấy / Not found", false},
    {"document_not_in_manifest",
     "Tệp không có trong danh sách giấy tờ của hồ sơ / Document not in the filing's manifest", false},
    {"missing_documents", "Hồ sơ còn thiếu giấy tờ / Documents missing", false},
    {"invalid_transition", "Không thể chuyển hồ sơ sang trạng thái này / Invalid status transition", false},
    {"payment_expired", "Yêu cầu thanh toán đã hết hạn / Payment intent expired", false},
    {"already_rated", "Hồ sơ đã được đánh giá / The filing is already rated", false},
    {"precondition_failed", "Hồ sơ đã thay đổi, hãy tải lại / Filing changed since it was read (If-Match)", false},
    {"payload_too_large", "Dữ liệu gửi lên quá lớn / Payload too large", false},
    {"headers_too_large", "Tiêu đề yêu cầu quá lớn / Request header fields too large", false},
    {"document_digest_mismatch",
     "Tệp không khớp mã băm hoặc độ dài đã khai / Document does not match its declared hash or "
     "length",
     false},
    {"no_fee_due", "Hồ sơ không có phí cần nộp / No fee is due for this filing", false},
    {"owner_proof_required",
     "Cần mã tra cứu hoặc căn cước của người nộp để xem chi tiết / The look-up code or the applicant's ID is needed",
     false},
    {"owner_proof_wrong", "Mã tra cứu hoặc số căn cước không đúng / Wrong look-up code or ID number", false},
    {"too_many_attempts", "Nhập sai quá nhiều lần, vui lòng chờ / Too many wrong attempts, wait", true},
    {"overloaded", "Cổng đang quá tải, vui lòng thử lại sau / Portal overloaded, retry later", true},
    {"internal_error", "Lỗi máy chủ cổng / Portal internal error", true},
    {"method_not_allowed", "Phương thức không được hỗ trợ / Method not allowed", false},
}};

const ProblemKind* kindOf(std::string_view code) {
    for (const auto& k : kKinds) {
        if (k.code == code) return &k;
    }
    return nullptr;
}

}  // namespace

std::string dumpJson(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

ApiResponse jsonResponse(int status, const nlohmann::json& body) {
    return ApiResponse{status, "application/json", dumpJson(body), {}};
}

ApiResponse problem(int status, std::string_view code, std::string detail,
                    std::string_view instance, nlohmann::json errors,
                    const nlohmann::json& extra) {
    const ProblemKind* kind = kindOf(code);
    std::string slug(code);
    for (char& c : slug) {
        if (c == '_') c = '-';
    }
    nlohmann::json body{
        {"type", "urn:kiosk-portal:problem:" + slug},
        {"title", kind != nullptr ? std::string(kind->title) : std::string(code)},
        {"status", status},
        {"detail", std::move(detail)},
        {"instance", std::string(instance)},
        {"code", std::string(code)},
        {"retryable", kind != nullptr && kind->retryable},
    };
    if (errors.is_array() && !errors.empty()) body["errors"] = std::move(errors);
    if (extra.is_object()) {
        for (const auto& [key, value] : extra.items()) body[key] = value;
    }
    return ApiResponse{status, "application/problem+json", dumpJson(body), {}};
}

}  // namespace kiosk::reference_portal

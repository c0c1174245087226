#include "result_document.hpp"

#include <algorithm>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/portal_client/reply_failure.hpp"
#include "kiosk/signing/digest.hpp"

namespace kiosk::portal_client {
namespace {

using nlohmann::json;

bool isDeliveryWord(const std::string& word) { return word == "desk" || word == "post" || word == "electronic"; }

}  // namespace

std::optional<ChangeResult> changeResultOf(const json& change) {
    ChangeResult out;
    // Both members are newer than the feed: a portal without them offers nothing to print.
    if (const auto delivery = change.find("result_delivery"); delivery != change.end() && !delivery->is_null()) {
        if (!delivery->is_string() || !isDeliveryWord(delivery->get<std::string>())) return std::nullopt;
        out.delivery = delivery->get<std::string>();
    }
    const auto results = change.find("results");
    if (results == change.end() || results->is_null()) return out;
    if (!results->is_array() || results->size() > 20) return std::nullopt;
    for (const auto& r : *results) {
        if (!r.is_object()) return std::nullopt;
        const auto sha = r.find("sha256");
        if (sha == r.end() || sha->is_null()) continue;
        if (!sha->is_string() || !signing::isSha256Hex(sha->get<std::string>())) return std::nullopt;
        std::string hex = sha->get<std::string>();
        std::transform(hex.begin(), hex.end(), hex.begin(), [](unsigned char c) { return std::tolower(c); });
        if (std::find(out.digests.begin(), out.digests.end(), hex) == out.digests.end()) {
            out.digests.push_back(std::move(hex));
        }
    }
    return out;
}

PortalResult<std::string> readResultDocument(HttpResponse& reply, const std::string& sha256,
                                             std::chrono::sys_seconds now) {
    if (reply.status != 200) return failureFromReply(reply, now);
    if (reply.header("content-type").rfind("application/pdf", 0) != 0 || reply.body.rfind("%PDF-", 0) != 0 ||
        signing::sha256Hex(reply.body) != sha256) {
        secureWipe(reply.body);
        return makeFailure("portal.result_mismatch",
                           "Tệp kết quả nhận được không khớp với kết quả cán bộ đã trả. (The result document does "
                           "not match the one returned.)",
                           false);
    }
    return std::move(reply.body);
}

PortalResult<void> readHandover(const HttpResponse& reply, const std::string& sha256, std::chrono::sys_seconds now) {
    if (reply.status != 200 && reply.status != 201) return failureFromReply(reply, now);
    const json doc = isJsonReply(reply) ? parseBoundedJson(reply.body) : json(nullptr);
    if (!doc.is_object() || doc.value("sha256", "") != sha256) {
        return makeFailure("portal.bad_reply",
                           "Câu trả lời của cổng dịch vụ công không đúng định dạng (handover); sẽ thử lại. "
                           "(Malformed portal reply; will retry.)",
                           true);
    }
    return {};
}

}  // namespace kiosk::portal_client

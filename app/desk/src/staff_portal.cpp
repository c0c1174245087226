#include "kiosk/desk/staff_portal.hpp"

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/desk/queue_reply.hpp"
#include "kiosk/portal_client/curl_transport.hpp"
#include "kiosk/portal_client/signed_request.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/keys.hpp"

namespace kiosk::desk {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int kPageSize = 500;           // the portal's largest page
constexpr int kMaxPages = 400;           // 200,000 filings: far past a commune's, never an endless loop
constexpr size_t kMaxReply = 32u << 20;  // a page of 500 filings with their histories

Error certificateError(const std::string& what) {
    return Error{"desk.certificate", "Không đọc được chứng thư cán bộ (cannot read the staff certificate): " + what,
                 ""};
}

bool operatorIdOk(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (const char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

// The portal's own words for a refusal (problem+json title, Vietnamese first) and its code.
Error refusal(const portal_client::HttpResponse& reply) {
    const json problem = parseBoundedJson(reply.body);
    std::string title = "Cổng từ chối yêu cầu (the portal refused the request): HTTP " + std::to_string(reply.status);
    std::string code;
    if (problem.is_object()) {
        if (const auto t = problem.find("title"); t != problem.end() && t->is_string()) title = t->get<std::string>();
        if (const auto c = problem.find("code"); c != problem.end() && c->is_string()) code = c->get<std::string>();
    }
    // The signature's time is this PC's clock: staff can mend that themselves.
    if (code == "signature_expired") {
        title =
            "Đồng hồ của máy này lệch so với cổng; hãy chỉnh lại giờ máy rồi thử lại (this PC's clock is off: set "
            "it right and try again)";
    }
    return Error{"desk.refused", title, code};
}

Error networkError(const portal_client::Failure& failure) {
    return Error{"desk.network",
                 "Không kết nối được cổng của tỉnh, hãy thử lại (cannot reach the portal, try again): " +
                     failure.error.message,
                 failure.error.code};
}

std::chrono::sys_seconds systemNow() {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

class HttpStaffPortal final : public StaffPortal {
public:
    HttpStaffPortal(std::unique_ptr<portal_client::Transport> transport, std::string baseUrl, std::string operatorId,
                    signing::PrivateKey signingKey)
        : m_transport(std::move(transport)),
          m_baseUrl(std::move(baseUrl)),
          m_operatorId(std::move(operatorId)),
          m_signingKey(std::move(signingKey)) {}

    Result<std::vector<FilingRecord>> fetchQueue() override {
        std::vector<FilingRecord> all;
        std::string cursor;
        for (int page = 0; page < kMaxPages; ++page) {
            const std::string url = m_baseUrl + "/filings?limit=" + std::to_string(kPageSize) + "&cursor=" + cursor;
            auto reply = m_transport->perform({"GET", url, {{"Accept", "application/json"}}, {}});
            if (!reply) return failWith(all, networkError(reply.error()));
            if (reply->status != 200) return failWith(all, refusal(*reply));
            auto parsed = parseQueuePage(reply->body);
            secureWipe(reply->body);
            if (!parsed) return failWith(all, parsed.error());
            const bool last = parsed->filings.size() < static_cast<size_t>(kPageSize);
            for (auto& f : parsed->filings) all.push_back(std::move(f));
            if (last || parsed->nextCursor == cursor) return all;
            cursor = parsed->nextCursor;
        }
        return all;
    }

    Result<std::string> act(const std::string& filingId, const ActionRequest& request) override {
        json body{{"action", request.action}, {"note", request.note}};
        if (!request.reason.empty()) body["reason"] = request.reason;
        if (!request.documents.empty()) body["documents"] = request.documents;
        if (!request.resultNames.empty()) {
            body["results"] = json::array();
            for (const auto& name : request.resultNames) body["results"].push_back({{"name", name}});
            if (!request.resultSha256.empty()) body["results"][0]["sha256"] = request.resultSha256;
        }
        std::string text = body.dump();
        auto reply = sendSigned({"POST", m_baseUrl + "/filings/" + filingId + "/actions", "application/json", text,
                                 request.idempotencyKey});
        secureWipe(text);
        if (!reply) return networkError(reply.error());
        if (reply->status != 201) return refusal(*reply);
        const json answer = parseBoundedJson(reply->body);
        const auto status = answer.is_object() ? answer.find("status") : answer.end();
        if (status == answer.end() || !status->is_string()) {
            return Error{"desk.bad_reply", "Cổng trả lời không đúng mẫu (the portal's reply is malformed)", "/status"};
        }
        return status->get<std::string>();
    }

    Result<std::vector<HelpCall>> fetchHelpCalls() override {
        auto reply = m_transport->perform({"GET", m_baseUrl + "/help-calls", {{"Accept", "application/json"}}, {}});
        if (!reply) return networkError(reply.error());
        if (reply->status != 200) return refusal(*reply);
        return parseHelpCalls(reply->body);
    }

    Result<void> answerHelpCall(const std::string& helpCallId) override {
        // The id came from the portal's own list, read by parseHelpCalls: letters, digits, - _ . :
        auto reply = sendSigned(
            {"POST", m_baseUrl + "/help-calls/" + helpCallId + "/answer", "application/json", "{}", {}});
        if (!reply) return networkError(reply.error());
        if (reply->status != 200) return refusal(*reply);
        return {};
    }

    Result<std::string> uploadResult(const std::string& filingId, const std::string& pdf) override {
        const std::string sha256 = signing::sha256Hex(pdf);
        auto reply = sendSigned(
            {"PUT", m_baseUrl + "/filings/" + filingId + "/results/" + sha256, "application/pdf", pdf, {}});
        if (!reply) return networkError(reply.error());
        if (reply->status != 201 && reply->status != 200) return refusal(*reply);
        return sha256;
    }

private:
    // A staff write is signed with the operator's key like a kiosk's (portal-api.md §2.2).
    portal_client::PortalResult<portal_client::HttpResponse> sendSigned(const portal_client::WriteRequest& request) {
        auto write = portal_client::signWrite(request, m_signingKey, m_operatorId, systemNow());
        if (!write) return portal_client::Failure{write.error(), false, std::nullopt};
        return m_transport->perform(write->http);
    }

    static Error failWith(std::vector<FilingRecord>& partial, Error error) {
        wipeRecords(partial);
        return error;
    }

    std::unique_ptr<portal_client::Transport> m_transport;
    std::string m_baseUrl;
    std::string m_operatorId;
    signing::PrivateKey m_signingKey;
};

}  // namespace

Result<std::string> operatorOf(const StaffCertificate& certificate) {
    for (const char* name : {"ca.pem", "client.key", "signing.key"}) {
        if (!fs::is_regular_file(certificate.folder / name)) return certificateError(std::string(name) + " missing");
    }
    std::FILE* file = std::fopen((certificate.folder / "client.pem").c_str(), "rb");
    if (!file) return certificateError("client.pem missing");
    X509* cert = PEM_read_X509(file, nullptr, nullptr, nullptr);
    std::fclose(file);
    if (!cert) return certificateError("client.pem is not a certificate");
    char cn[128] = {};
    const int length = X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
    X509_free(cert);
    const std::string id = length > 0 ? std::string(cn, static_cast<size_t>(length)) : std::string();
    if (!operatorIdOk(id)) return certificateError("its CN is not an operator ID");
    return id;
}

Result<std::unique_ptr<StaffPortal>> connectStaffPortal(const StaffCertificate& certificate) {
    auto who = operatorOf(certificate);
    if (!who) return who.error();
    std::string base = certificate.portalUrl;
    while (!base.empty() && base.back() == '/') base.pop_back();
    if (base.rfind("https://", 0) != 0) {
        return Error{"desk.portal_url", "Địa chỉ cổng phải bắt đầu bằng https:// (the portal URL must be https)", ""};
    }
    auto key = signing::loadPrivateKey(certificate.folder / "signing.key");
    if (!key) return certificateError("signing.key is not an Ed25519 private key");
    portal_client::TransportOptions options;
    options.tls = {certificate.folder / "ca.pem", certificate.folder / "client.pem", certificate.folder / "client.key"};
    options.timeouts.connect = std::chrono::seconds(5);
    options.timeouts.total = std::chrono::seconds(60);
    options.maxReplyBytes = kMaxReply;
    auto transport = portal_client::makeCurlTransport(options);
    if (!transport) return certificateError(transport.error().message);
    return std::unique_ptr<StaffPortal>(
        std::make_unique<HttpStaffPortal>(std::move(*transport), std::move(base), std::move(*who), std::move(*key)));
}

}  // namespace kiosk::desk

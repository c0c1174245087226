#include "kiosk/portal_client/curl_transport.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <mutex>

#include "kiosk/base/text.hpp"

namespace kiosk::portal_client {
namespace {

struct CurlDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// What the callbacks fill while a transfer runs.
struct Reply {
    HttpResponse response;
    std::size_t maxBytes = 0;
    bool tooLarge = false;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto* reply = static_cast<Reply*>(user);
    const std::size_t n = size * count;
    if (reply->response.body.size() + n > reply->maxBytes) {
        reply->tooLarge = true;
        return 0;  // makes libcurl abort with CURLE_WRITE_ERROR
    }
    reply->response.body.append(data, n);
    return n;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* cancelled = static_cast<const std::function<bool()>*>(user);
    return (*cancelled && (*cancelled)()) ? 1 : 0;  // non-zero aborts the transfer
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
    auto* reply = static_cast<Reply*>(user);
    const std::size_t n = size * count;
    const std::string_view line(data, n);
    // A new status line (after a 100 Continue, say) starts a new set of headers.
    if (line.rfind("HTTP/", 0) == 0) {
        reply->response.headers.clear();
        return n;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return n;
    std::string name = std::string(text::trimAsciiSpace(line.substr(0, colon)));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    reply->response.headers[name] = std::string(text::trimAsciiSpace(line.substr(colon + 1)));
    return n;
}

Failure networkFailure(CURLcode code) {
    const auto fail = [](const char* c, const char* vi, const char* en) {
        return makeFailure(c, std::string(vi) + " (" + en + ")", true);
    };
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            return fail("network.dns", "Không tìm thấy địa chỉ cổng dịch vụ công", "cannot resolve the portal's name");
        case CURLE_COULDNT_CONNECT:
            return fail("network.connect", "Không kết nối được tới cổng dịch vụ công", "cannot connect to the portal");
        case CURLE_OPERATION_TIMEDOUT:
            return fail("network.timeout", "Cổng dịch vụ công không trả lời kịp", "the portal did not answer in time");
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_ISSUER_ERROR:
            return fail("network.tls_verify", "Không xác minh được chứng thư của cổng dịch vụ công",
                        "the portal's certificate did not verify");
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_ENGINE_NOTFOUND:
        case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_USE_SSL_FAILED:
            return fail("network.tls", "Lỗi thiết lập kết nối an toàn (TLS)", "TLS handshake failed");
        case CURLE_SEND_ERROR:
            return fail("network.send", "Mất kết nối khi đang gửi", "connection lost while sending");
        case CURLE_RECV_ERROR:
            return fail("network.recv", "Mất kết nối khi đang nhận", "connection lost while receiving");
        case CURLE_GOT_NOTHING:
            return fail("network.no_reply", "Cổng dịch vụ công đóng kết nối mà không trả lời",
                        "the connection closed without a reply");
        case CURLE_ABORTED_BY_CALLBACK:
            return fail("network.cancelled", "Đã dừng giữa chừng theo yêu cầu", "stopped on request");
        case CURLE_PARTIAL_FILE:
            return fail("network.truncated", "Câu trả lời bị cắt ngang", "the reply was cut short");
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
        case CURLE_WEIRD_SERVER_REPLY:
            return fail("network.protocol", "Câu trả lời không đúng giao thức HTTP", "malformed HTTP reply");
        default:
            return makeFailure("network.curl_" + std::to_string(static_cast<int>(code)),
                               "Lỗi mạng khi gửi tới cổng dịch vụ công (network error)", true);
    }
}

bool readable(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return in.good() && in.peek() != std::ifstream::traits_type::eof();
}

class CurlTransport final : public Transport {
public:
    CurlTransport(TransportOptions options, CURL* handle) : m_options(std::move(options)), m_handle(handle) {}

    PortalResult<HttpResponse> perform(const HttpRequest& request) override {
        CURL* h = m_handle.get();
        curl_easy_reset(h);  // keeps the connection and TLS session caches
        Reply reply;
        reply.maxBytes = m_options.maxReplyBytes;

        std::unique_ptr<curl_slist, SlistDeleter> headers;
        // The list head never changes after the first append, so the owner is reset only then.
        auto add = [&headers](const std::string& line) {
            curl_slist* head = curl_slist_append(headers.get(), line.c_str());
            if (head && !headers) headers.reset(head);
            return head != nullptr;
        };
        for (const auto& [name, value] : request.headers) {
            if (!add(name + ": " + value)) return makeFailure("portal.out_of_memory", "Hết bộ nhớ (out of memory)", true);
        }
        // No "Expect: 100-continue" round trip before each upload.
        if (!add("Expect:")) return makeFailure("portal.out_of_memory", "Hết bộ nhớ (out of memory)", true);

        const auto& tls = m_options.tls;
        const auto& t = m_options.timeouts;
        bool ok = curl_easy_setopt(h, CURLOPT_URL, request.url.c_str()) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https") == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS)) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2)) == CURLE_OK;
        // Only the enrolled CA: no system store, so a public certificate cannot stand in for the portal.
        ok &= curl_easy_setopt(h, CURLOPT_CAPATH, static_cast<char*>(nullptr)) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_CAINFO, tls.caFile.c_str()) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_SSLCERT, tls.clientCert.c_str()) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_SSLCERTTYPE, "PEM") == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_SSLKEY, tls.clientKey.c_str()) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_SSLKEYTYPE, "PEM") == CURLE_OK;
        // No TLS session resumption: a server that verifies client certificates but has no
        // session id context (OpenSSL's default, and kiosk-portal's) fails a resumed handshake,
        // and every new connection after the first would fail once. Kept-alive connections are
        // still reused, so the cost is one full handshake per new connection.
        ok &= curl_easy_setopt(h, CURLOPT_SSL_SESSIONID_CACHE, 0L) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(t.connect.count())) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(t.total.count())) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, t.lowSpeedBytesPerSecond) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, static_cast<long>(t.lowSpeedTime.count())) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get()) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onBody) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_WRITEDATA, &reply) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, onHeader) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_HEADERDATA, &reply) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, onProgress) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_XFERINFODATA, &m_options.cancelled) == CURLE_OK;
        ok &= curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L) == CURLE_OK;
        if (request.method == "GET") {
            ok &= curl_easy_setopt(h, CURLOPT_HTTPGET, 1L) == CURLE_OK;
        } else if (request.method == "HEAD") {
            ok &= curl_easy_setopt(h, CURLOPT_NOBODY, 1L) == CURLE_OK;
        } else {
            // POST with the body from the caller's buffer (no copy), renamed when it is a PUT.
            ok &= curl_easy_setopt(h, CURLOPT_POST, 1L) == CURLE_OK;
            ok &= curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.data()) == CURLE_OK;
            ok &= curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size())) == CURLE_OK;
            if (request.method != "POST") ok &= curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str()) == CURLE_OK;
        }
        // A libcurl without one of these options must not silently run with weaker settings.
        if (!ok) return makeFailure("portal.curl_setup", "Không cấu hình được libcurl (libcurl option refused)", false);

        const CURLcode result = curl_easy_perform(h);
        if (reply.tooLarge) {
            return makeFailure("portal.reply_too_large", "Câu trả lời quá lớn, không phải từ cổng dịch vụ công (reply too large)", true);
        }
        if (result != CURLE_OK) return networkFailure(result);
        long status = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        reply.response.status = status;
        return std::move(reply.response);
    }

private:
    TransportOptions m_options;
    std::unique_ptr<CURL, CurlDeleter> m_handle;
};

}  // namespace

Result<std::unique_ptr<Transport>> makeCurlTransport(const TransportOptions& options) {
    for (const auto* path : {&options.tls.caFile, &options.tls.clientCert, &options.tls.clientKey}) {
        if (!readable(*path)) {
            return Error{"portal.enrolment_unreadable",
                         "Không đọc được tệp đăng ký kiosk với cổng dịch vụ công: " + path->filename().string() +
                             ". Chạy lại `kiosk-admin enroll`. (Cannot read an enrolment file.)",
                         path->string()};
        }
    }
    static std::once_flag once;
    static CURLcode initResult = CURLE_OK;
    std::call_once(once, [] { initResult = curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (initResult != CURLE_OK) return Error{"portal.curl_init", "Không khởi tạo được libcurl (libcurl init failed)", ""};
    CURL* handle = curl_easy_init();
    if (!handle) return Error{"portal.curl_init", "Không khởi tạo được libcurl (libcurl init failed)", ""};
    return std::unique_ptr<Transport>(std::make_unique<CurlTransport>(options, handle));
}

}  // namespace kiosk::portal_client

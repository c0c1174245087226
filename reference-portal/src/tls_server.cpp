#include "tls_server.hpp"

#include <netdb.h>
#include <openssl/x509.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <iostream>

#include "reference_portal/api_response.hpp"
#include "reference_portal/pki.hpp"

namespace kiosk::reference_portal {

namespace {

// The enrolled set lives in the SSL_CTX's app data, where the handshake's callback finds it.
int verifyEnrolled(int preverifyOk, X509_STORE_CTX* store) {
    if (preverifyOk != 1) return 0;  // not from the portal's CA, expired, ...
    if (X509_STORE_CTX_get_error_depth(store) != 0) return 1;  // the CA itself
    auto* ssl = static_cast<SSL*>(
        X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    const auto* enrolled =
        static_cast<const EnrolledFingerprints*>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
    const std::string fingerprint = certificateFingerprint(X509_STORE_CTX_get_current_cert(store));
    if (enrolled != nullptr && enrolled->contains(fingerprint)) return 1;
    X509_STORE_CTX_set_error(store, X509_V_ERR_CERT_REJECTED);
    return 0;
}

std::string socketAddress(int sock, bool peer, int& port) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    auto* raw = reinterpret_cast<sockaddr*>(&address);
    const int got = peer ? ::getpeername(sock, raw, &length) : ::getsockname(sock, raw, &length);
    char host[NI_MAXHOST] = "";
    char service[NI_MAXSERV] = "";
    if (got != 0 || ::getnameinfo(raw, length, host, sizeof host, service, sizeof service,
                                  NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
        port = 0;
        return {};
    }
    // The digits come from getnameinfo (NI_NUMERICSERV), not from outside: nothing to refuse.
    port = std::atoi(service);  // NOLINT(cert-err34-c)
    return host;
}

// Closing a socket with unread data makes the kernel answer with a reset, which can reach the
// client before it has read our 413 or 431. So, after a refusal, our side is closed for writing
// and what the client still sends is read and thrown away (a fixed buffer: memory does not
// grow) until it closes too, for two seconds at most.
void drainBeforeClose(int sock) {
    ::shutdown(sock, SHUT_WR);
    char discard[16 * 1024];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{sock, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) continue;
        if (::recv(sock, discard, sizeof discard, 0) <= 0) return;
    }
}

// One TLS connection as httplib reads and writes it, counting the header block of each request.
class TlsStream final : public httplib::Stream {
public:
    TlsStream(SSL* ssl, int sock, time_t timeoutSeconds) : m_ssl(ssl), m_sock(sock), m_timeoutMs(timeoutSeconds * 1000) {}

    void startHeaders() {
        m_inHeaders = true;
        m_headerBytes = 0;
        m_headerLines = 0;
    }
    void startBody() { m_inHeaders = false; }
    bool refused() const { return m_refused; }

    bool is_readable() const override { return SSL_pending(m_ssl) > 0 || wait(POLLIN); }
    bool is_writable() const override { return wait(POLLOUT); }

    ssize_t read(char* ptr, size_t size) override {
        if (m_refused) return -1;
        const int n = SSL_read(m_ssl, ptr, static_cast<int>(std::min<size_t>(size, INT_MAX)));
        if (n <= 0) return -1;
        if (m_inHeaders) {
            m_headerBytes += static_cast<std::size_t>(n);
            m_headerLines += static_cast<std::size_t>(std::count(ptr, ptr + n, '\n'));
            // The request line and the empty line that ends the block are not header lines.
            if (m_headerBytes > kMaxHeaderBytes || m_headerLines > kMaxHeaderLines + 2) {
                refuse();
                return -1;
            }
        }
        return n;
    }

    ssize_t write(const char* ptr, size_t size) override {
        // After a refusal httplib answers its own bare 400; ours has gone out already.
        if (m_refused) return static_cast<ssize_t>(size);
        return writeAll(ptr, size) ? static_cast<ssize_t>(size) : -1;
    }

    void get_remote_ip_and_port(std::string& ip, int& port) const override { ip = socketAddress(m_sock, true, port); }
    void get_local_ip_and_port(std::string& ip, int& port) const override { ip = socketAddress(m_sock, false, port); }
    socket_t socket() const override { return m_sock; }

private:
    bool wait(short events) const {
        pollfd p{m_sock, events, 0};
        return ::poll(&p, 1, static_cast<int>(m_timeoutMs)) > 0;
    }

    bool writeAll(const char* ptr, size_t size) {
        while (size > 0) {
            const int n = SSL_write(m_ssl, ptr, static_cast<int>(std::min<size_t>(size, INT_MAX)));
            if (n <= 0) return false;
            ptr += n;
            size -= static_cast<size_t>(n);
        }
        return true;
    }

    void refuse() {
        const ApiResponse answer = problem(
            431, "headers_too_large",
            "Yêu cầu có quá " + std::to_string(kMaxHeaderLines) + " dòng tiêu đề hoặc quá " +
                std::to_string(kMaxHeaderBytes / 1024) + " KB tiêu đề / More than " +
                std::to_string(kMaxHeaderLines) + " header lines or " +
                std::to_string(kMaxHeaderBytes / 1024) + " KB of headers",
            "");
        const std::string wire = "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: " +
                                 answer.contentType + "\r\nContent-Length: " +
                                 std::to_string(answer.body.size()) +
                                 "\r\nConnection: close\r\n\r\n" + answer.body;
        writeAll(wire.data(), wire.size());
        m_refused = true;
    }

    SSL* m_ssl;
    int m_sock;
    time_t m_timeoutMs;
    bool m_inHeaders = true;
    bool m_refused = false;
    std::size_t m_headerBytes = 0;
    std::size_t m_headerLines = 0;
};

}  // namespace

void EnrolledFingerprints::replace(std::unordered_set<std::string> fingerprints) {
    std::lock_guard guard(m_lock);
    m_fingerprints = std::move(fingerprints);
}

bool EnrolledFingerprints::contains(const std::string& fingerprint) const {
    std::lock_guard guard(m_lock);
    return m_fingerprints.count(fingerprint) != 0;
}

BoundedTlsServer::BoundedTlsServer(const std::function<bool(SSL_CTX&)>& setup,
                                   const EnrolledFingerprints& enrolled,
                                   std::function<bool(const httplib::Request&)> closesAfterReply)
    : m_closesAfterReply(std::move(closesAfterReply)) {
    SSL_CTX* ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == nullptr) return;
    if (!setup(*ctx)) {
        SSL_CTX_free(ctx);
        return;
    }
    SSL_CTX_set_app_data(ctx, const_cast<EnrolledFingerprints*>(&enrolled));
    // No certificate, one from another CA, or one not (or no longer) enrolled ends the handshake.
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, verifyEnrolled);
    // A resumed session skips certificate checks, so a revoked kiosk could come back through
    // one: every connection does a full handshake.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(ctx, 0);
    m_ctx = ctx;
}

BoundedTlsServer::~BoundedTlsServer() {
    if (m_ctx != nullptr) SSL_CTX_free(m_ctx);
}

bool BoundedTlsServer::process_and_close_socket(socket_t sock) {
    timeval timeout{static_cast<time_t>(read_timeout_sec_), static_cast<suseconds_t>(read_timeout_usec_)};
    ::setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    SSL* ssl = SSL_new(m_ctx);
    bool served = false;
    bool lingering = false;  // the client may still be sending what was refused unread
    if (ssl != nullptr && SSL_set_fd(ssl, sock) == 1 && SSL_accept(ssl) == 1) {
        TlsStream stream(ssl, sock, read_timeout_sec_);
        for (std::size_t left = keep_alive_max_count_; left > 0; --left) {
            // Wait for the next request of a kept-alive connection, giving up when the server
            // stops or the client stays quiet for the keep-alive timeout.
            bool ready = SSL_pending(ssl) > 0;
            for (time_t waited = 0; !ready && waited < keep_alive_timeout_sec_ * 10; ++waited) {
                if (svr_sock_ == INVALID_SOCKET) break;
                pollfd p{sock, POLLIN, 0};
                ready = ::poll(&p, 1, 100) > 0;
            }
            if (!ready) break;
            stream.startHeaders();
            bool closed = false;
            bool closeAfter = false;
            served = process_request(stream, left == 1, closed, [&](httplib::Request& req) {
                req.ssl = ssl;
                stream.startBody();
                closeAfter = m_closesAfterReply(req);
            });
            if (!served || closed || closeAfter || stream.refused()) {
                lingering = closeAfter || stream.refused();
                break;
            }
        }
        SSL_shutdown(ssl);
    } else if (ssl != nullptr && SSL_get_verify_result(ssl) != X509_V_OK) {
        // Who was refused stays in the portal's log; the certificate's subject is not logged.
        std::clog << "kiosk-portal: TLS handshake refused: "
                  << X509_verify_cert_error_string(SSL_get_verify_result(ssl)) << '\n';
    }
    if (ssl != nullptr) SSL_free(ssl);
    if (lingering) drainBeforeClose(sock);
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return served;
}

}  // namespace kiosk::reference_portal

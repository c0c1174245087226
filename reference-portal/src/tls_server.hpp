#pragma once
// kiosk-portal's HTTPS server: cpp-httplib's request handling over a TLS connection loop of our
// own, for two things httplib 0.11 cannot do. It refuses, during the handshake, a client
// certificate that is not enrolled or has been revoked (httplib only lets the handler look at
// it after the whole request has been read). And it bounds a request's header block: httplib
// caps each header line's length but not their number, so a million short lines grew the
// portal by 110 MB; here more than kMaxHeaderLines lines or kMaxHeaderBytes bytes get a 431 and
// the connection is closed before anything more is read.
#include <httplib.h>
#include <openssl/ssl.h>

#include <functional>
#include <mutex>
#include <string>
#include <unordered_set>

namespace kiosk::reference_portal {

inline constexpr std::size_t kMaxHeaderLines = 100;
inline constexpr std::size_t kMaxHeaderBytes = 64 * 1024;

// The SHA-256 fingerprints (lower-case hex) of the client certificates that may connect,
// replaced as a whole whenever the portal rereads its enrollments.
class EnrolledFingerprints {
public:
    void replace(std::unordered_set<std::string> fingerprints);
    bool contains(const std::string& fingerprint) const;

private:
    mutable std::mutex m_lock;
    std::unordered_set<std::string> m_fingerprints;
};

class BoundedTlsServer : public httplib::Server {
public:
    // `setup` loads the server's certificate, key and client CA into the context. `enrolled`
    // must outlive the server. `closesAfterReply` says, once a request's headers are read,
    // whether its connection must end after the reply (a body refused unread would otherwise be
    // taken for the next request).
    BoundedTlsServer(const std::function<bool(SSL_CTX&)>& setup, const EnrolledFingerprints& enrolled,
                     std::function<bool(const httplib::Request&)> closesAfterReply);
    ~BoundedTlsServer() override;
    BoundedTlsServer(const BoundedTlsServer&) = delete;
    BoundedTlsServer& operator=(const BoundedTlsServer&) = delete;

    bool is_valid() const override { return m_ctx != nullptr; }

private:
    bool process_and_close_socket(socket_t sock) override;

    SSL_CTX* m_ctx = nullptr;
    std::function<bool(const httplib::Request&)> m_closesAfterReply;
};

}  // namespace kiosk::reference_portal

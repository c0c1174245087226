#pragma once
// The libcurl transport (portal-integration.md §6.3): mutual TLS with the enrolled CA as the
// only trust anchor, TLS 1.2 or newer, verification always on, no redirects, no signals,
// connect/total/low-speed timeouts and a cap on the reply size.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>

#include "kiosk/portal_client/http.hpp"

namespace kiosk::portal_client {

struct TlsFiles {
    std::filesystem::path caFile;      // the portal CA from the enrolment; nothing else is trusted
    std::filesystem::path clientCert;  // PEM
    std::filesystem::path clientKey;   // PEM, 0600
};

struct Timeouts {
    std::chrono::milliseconds connect{10'000};
    // Per request. Generous, because a document upload on a weak link is slow but alive; the
    // low-speed rule is what catches a stalled link.
    std::chrono::milliseconds total{15 * 60 * 1000};
    long lowSpeedBytesPerSecond = 30;
    std::chrono::seconds lowSpeedTime{60};
};

struct TransportOptions {
    TlsFiles tls;
    Timeouts timeouts;
    std::size_t maxReplyBytes = 1 << 20;  // a reply larger than this is not from our portal
    // Polled during a transfer; true aborts it (failure network.cancelled), so a stop request
    // does not wait for a slow upload to finish. Empty: never.
    std::function<bool()> cancelled;
};

// A transport over one reused libcurl easy handle (so TLS sessions and connections are reused).
// Errors: portal.enrolment_unreadable when a TLS file cannot be read.
Result<std::unique_ptr<Transport>> makeCurlTransport(const TransportOptions& options);

}  // namespace kiosk::portal_client

#pragma once
// One HTTP exchange as the portal client sees it, and the transport that performs it. The
// transport is an interface so the client's reply handling can be tested without a network.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::portal_client {

// Why a request did not produce a usable reply: a code for logs and the outbox, whether trying
// again later may help, and how long the portal asked us to wait.
struct Failure {
    Error error;  // code like "network.timeout" or "portal.http_500"; never personal data
    bool retryable = true;
    std::optional<std::chrono::seconds> retryAfter;
};

// The connection went away before the whole answer came (network.send, network.recv,
// network.no_reply, network.truncated): the portal may or may not have acted on the request.
bool lostConnection(const Failure& failure);

template <typename T>
using PortalResult = Result<T, Failure>;

struct HttpRequest {
    std::string method;  // "GET", "HEAD", "POST", "PUT"
    std::string url;     // absolute https:// URL, exactly as signed
    std::vector<std::pair<std::string, std::string>> headers;
    std::string_view body;  // not owned: the caller keeps (and wipes) the bytes
};

struct HttpResponse {
    long status = 0;
    std::map<std::string, std::string> headers;  // names in lower case; a repeated header keeps the last value
    std::string body;

    // The header's value, or "" when absent; `name` in lower case.
    const std::string& header(const std::string& name) const;
};

class Transport {
public:
    virtual ~Transport() = default;
    // Sends `request` and returns the reply, whatever its status; a Failure only when no
    // complete reply arrived (connection, TLS, timeout, truncation, oversize).
    virtual PortalResult<HttpResponse> perform(const HttpRequest& request) = 0;
};

// A Failure with code `code` and a message that is Vietnamese first.
Failure makeFailure(std::string code, std::string message, bool retryable,
                    std::optional<std::chrono::seconds> retryAfter = std::nullopt);

}  // namespace kiosk::portal_client

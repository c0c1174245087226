#include "kiosk/portal_client/http.hpp"

namespace kiosk::portal_client {

const std::string& HttpResponse::header(const std::string& name) const {
    static const std::string empty;
    const auto it = headers.find(name);
    return it == headers.end() ? empty : it->second;
}

Failure makeFailure(std::string code, std::string message, bool retryable, std::optional<std::chrono::seconds> retryAfter) {
    return Failure{Error{std::move(code), std::move(message), ""}, retryable, retryAfter};
}

bool lostConnection(const Failure& failure) {
    const std::string& code = failure.error.code;
    return code == "network.send" || code == "network.recv" || code == "network.no_reply" ||
           code == "network.truncated";
}

}  // namespace kiosk::portal_client

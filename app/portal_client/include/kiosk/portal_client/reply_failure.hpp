#pragma once
// Turns a reply that is not the success an endpoint promises into a Failure: which code, and
// whether to try again (docs/portal-api.md §5). Only the portal's own problem+json can make a
// filing fail for good; anything else (a captive portal's page, a proxy's error, HTML, a
// redirect) is treated as "the portal was not reached" and retried.
#include <chrono>

#include "kiosk/portal_client/http.hpp"

namespace kiosk::portal_client {

// The Failure for `reply`; `now` resolves a Retry-After given as an HTTP-date.
Failure failureFromReply(const HttpResponse& reply, std::chrono::sys_seconds now);

// True when the reply's Content-Type is JSON (application/json or application/problem+json).
bool isJsonReply(const HttpResponse& reply);

}  // namespace kiosk::portal_client

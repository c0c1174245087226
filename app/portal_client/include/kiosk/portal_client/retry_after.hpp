#pragma once
// Retry-After (RFC 9110 §10.2.3) and HTTP-date (§5.6.7) parsing. The header comes from the
// network, so anything malformed is simply "no value", never an error that stops delivery.
#include <chrono>
#include <optional>
#include <string_view>

namespace kiosk::portal_client {

// An HTTP-date in any of the three forms recipients must accept: IMF-fixdate
// ("Sun, 06 Nov 1994 08:49:37 GMT"), obsolete RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and
// asctime ("Sun Nov  6 08:49:37 1994"). Two-digit years follow RFC 9110's 50-year rule against `now`.
std::optional<std::chrono::sys_seconds> parseHttpDate(std::string_view text, std::chrono::sys_seconds now);

// The wait a Retry-After value asks for: delay-seconds as given (saturated at ten years), or
// the time from `now` until an HTTP-date (0 for a date in the past); nullopt when malformed.
std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, std::chrono::sys_seconds now);

}  // namespace kiosk::portal_client

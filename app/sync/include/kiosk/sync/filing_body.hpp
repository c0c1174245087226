#pragma once
// The body of POST /filings (docs/portal-api.md §4.3) for a filing taken from the outbox. It is
// rebuilt on every attempt and must come out byte for byte the same, because the portal
// fingerprints the body under the Idempotency-Key (a different body would be 422).
#include <string>

#include "kiosk/outbox/outbox.hpp"

namespace kiosk::sync {

// JSON text with personal data: the caller wipes it (kiosk::secureWipe) when done.
std::string createFilingBody(const outbox::OpenedFiling& opened);

// RFC 3339 in Vietnam's offset, e.g. "2025-11-22T09:15:00+07:00".
std::string vietnamTime(std::chrono::sys_seconds t);

}  // namespace kiosk::sync

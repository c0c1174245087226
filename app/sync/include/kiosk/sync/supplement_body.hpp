#pragma once
// The body of POST /filings/{id}/supplements (docs/portal-api.md §4.12) for a supplement taken
// from the outbox. Rebuilt on every attempt and byte for byte the same, because the portal
// fingerprints it under the Idempotency-Key.
#include <string>

#include "kiosk/outbox/supplement.hpp"

namespace kiosk::sync {

// JSON text with personal data (answers): the caller wipes it (kiosk::secureWipe) when done.
std::string supplementBody(const outbox::OpenedSupplement& opened);

}  // namespace kiosk::sync

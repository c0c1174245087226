#pragma once
// The filing's look-up code and the proof of ownership (docs/portal-api.md §4.5, §4.6).
//
// The code is not stored anywhere, not even hashed: it is the HMAC-SHA256 of the filing id under
// the portal's look-up key (DIR/lookup-code.key, 0600), written in the look-up code's alphabet
// (kiosk/base/lookup_secret.hpp), so the portal recomputes it to check one and to give the very
// same signed acknowledgement again. Replies the portal keeps (the acknowledgement, the
// idempotency store) hold a blank in its place, filled in again when they are replayed.
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "kiosk/base/result.hpp"
#include "reference_portal/api_response.hpp"
#include "store.hpp"

namespace kiosk::reference_portal {

struct PortalContext;
struct Call;

// Reads the look-up key, creating it (32 random bytes, hex, 0600) on first start.
Result<std::string> loadOrCreateLookupKey(const std::filesystem::path& file);

// The filing's look-up code under `key`.
std::string lookupCodeFor(const std::string& key, const std::string& filingId);

// A reply body with its look-up code blanked (for keeping), and filled in again from the
// filing id (for replaying). Bodies without one pass unchanged.
std::string blankLookupCode(std::string body);
std::string restoreLookupCode(const std::string& key, std::string body, const std::string& filingId);

// Wrong codes from one kiosk: after kFreeWrong in a row the portal checks none from it for
// 60 s, doubling with each further wrong code (capped at an hour). In memory: a restart of the
// reference portal starts the count again.
struct LookupAttempts {
    static constexpr int kFreeWrong = 5;
    int wrongInARow = 0;
    Seconds refusingUntil{};
};

enum class ProofResult { None, Proven, Wrong, Throttled };
struct ProofCheck {
    ProofResult result = ProofResult::None;
    std::chrono::seconds retryAfter{};  // Throttled: how long the kiosk must wait
};

// The proof a kiosk's read carries: `Lookup-Code` (the receipt's code) or `Applicant-Id-Number`
// (read from the applicant's card). Staff need none (Proven). Counts wrong codes per kiosk.
ProofCheck checkOwnerProof(PortalContext& ctx, const Call& call, const FilingRow& filing);

// 403 owner_proof_wrong, or 429 too_many_attempts with Retry-After; nothing when proven or none given.
std::optional<ApiResponse> refusedProof(const ProofCheck& check, const Call& call);

}  // namespace kiosk::reference_portal

#pragma once
// The create-filing body (docs/portal-api.md §4.3), checked field by field. Error pointers name
// fields, never values, so a refusal can be logged and shown without personal data.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::reference_portal {

inline constexpr std::int64_t kMaxPartBytes = 20 * 1024 * 1024;
inline constexpr std::size_t kMaxJsonBytes = 2 * 1024 * 1024;

struct DocumentEntry {
    std::string partId;
    std::string componentCode;
    std::string name;
    std::string mediaType;
    std::int64_t length = 0;
    std::string sha256;  // lower-case hex
};

struct FeeEntry {
    std::string code;
    std::string name;
    std::int64_t amount = 0;
};

struct CreateFilingRequest {
    std::string clientFilingId;
    std::string serviceCode;
    std::string serviceId;
    std::vector<DocumentEntry> documents;
    std::vector<FeeEntry> fees;
    std::int64_t feeTotal = 0;
    // The body with only the members checked here: what is stored and shown again. Anything
    // else the sender added is dropped, so it is never kept or echoed back.
    nlohmann::json kept;
};

// Why a body was refused: a detail for people and the {pointer, code} list of §5.
struct Invalid {
    std::string detail;
    nlohmann::json errors = nlohmann::json::array();
};

// Checks every known field of a parsed create body; unknown fields are dropped (see `kept`).
Result<CreateFilingRequest, Invalid> parseCreateFiling(const nlohmann::json& body);

// 1-255 of A-Z a-z 0-9 - _ . :
bool isIdempotencyKey(std::string_view key);
// The Idempotency-Key header value without the draft's optional surrounding quotes.
std::string unquoteKey(std::string_view header);

}  // namespace kiosk::reference_portal

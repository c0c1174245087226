#pragma once
// The supplement body (docs/portal-api.md §4.12): what a citizen added at a kiosk after staff
// asked for more. Checked field by field like the create body; pointers name fields, never values.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"
#include "reference_portal/filing_request.hpp"

namespace kiosk::reference_portal {

inline constexpr std::size_t kMaxSupplementDocuments = 50;
inline constexpr std::size_t kMaxRequestedDocuments = 20;

struct SupplementDocument {
    std::string slotId;  // the service file's document slot it was scanned into
    std::string componentCode;
    std::string name;
    std::string mediaType;
    std::int64_t length = 0;
    std::int64_t pages = 0;  // 0: not said
    std::string sha256;      // lower-case hex
};

struct SupplementRequest {
    std::string clientSupplementId;
    std::vector<SupplementDocument> documents;
    // Only the members checked here: what is stored and exported (answers included).
    nlohmann::json kept;
};

// A document slot id as staff name it in request_supplement and kiosks send it: 1-64 of
// A-Z a-z 0-9 _ - .
bool isSlotId(std::string_view s);

// Checks a supplement body: client_supplement_id, at least one document or answer.
Result<SupplementRequest, Invalid> parseSupplement(const nlohmann::json& body);

// Checks request_supplement's optional `documents`: at most kMaxRequestedDocuments slot ids,
// no repeats. Errors are added to `errors` as {pointer, code}.
std::vector<std::string> checkRequestedDocuments(const nlohmann::json& body, nlohmann::json& errors);

}  // namespace kiosk::reference_portal

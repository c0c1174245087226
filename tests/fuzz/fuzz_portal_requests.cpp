// Fuzz target: a request body as kiosk-portal reads it, behind the signature check. The JSON is
// parsed with the nesting limit, checked as a create-filing body, and the members kept are
// serialized again (the copy and the dump are what crashed on deep input). Invariants: nothing
// throws, and whatever is kept parses back to the same value.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/base/bounded_json.hpp"
#include "reference_portal/api_response.hpp"
#include "reference_portal/filing_request.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const nlohmann::json body = kiosk::parseBoundedJson(text);
    if (body.is_discarded()) return 0;
    if (!kiosk::jsonNestingWithin(text)) std::abort();  // parsed although too deep
    auto request = kiosk::reference_portal::parseCreateFiling(body);
    if (!request) {
        (void)kiosk::reference_portal::dumpJson(request.error().errors);
        return 0;
    }
    const std::string kept = kiosk::reference_portal::dumpJson(request->kept);
    const nlohmann::json again = kiosk::parseBoundedJson(kept);
    if (again.is_discarded()) std::abort();
    if (request->kept.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) != again.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) std::abort();
    return 0;
}

#pragma once
// What a handler answers, before it goes on the wire: JSON bodies and RFC 9457 problems.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk::reference_portal {

struct ApiResponse {
    int status = 200;
    std::string contentType;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    bool success() const { return status >= 200 && status < 300; }
};

// A JSON reply; invalid UTF-8 can never reach the wire (it is replaced, never thrown on).
ApiResponse jsonResponse(int status, const nlohmann::json& body);

// A problem+json reply (docs/portal-api.md §5). `code` picks the type, title and retryable
// flag; `detail` is Vietnamese / English and never holds personal data; `errors` lists
// {pointer, code} items when the body was at fault; `extra` adds extension members.
ApiResponse problem(int status, std::string_view code, std::string detail,
                    std::string_view instance, nlohmann::json errors = nullptr,
                    const nlohmann::json& extra = nullptr);

// JSON text that cannot throw on bad UTF-8.
std::string dumpJson(const nlohmann::json& value);

}  // namespace kiosk::reference_portal

#pragma once
// How a filing's result is to be delivered, as stored with its create request: the request's
// `result_delivery` ({method, address}), or the desk when the kiosk sent none.
#include <nlohmann/json.hpp>

namespace kiosk::reference_portal {

inline nlohmann::json resultDelivery(const nlohmann::json& request) {
    if (request.is_object() && request.contains("result_delivery")) return request["result_delivery"];
    return {{"method", "desk"}};
}

}  // namespace kiosk::reference_portal

#pragma once
// What a filing's create request says was digitised at the source (docs/portal-api.md §4.3):
// digitised_components and all_components_digitised (↔ HoSoCoThanhPhanSoHoa). A request from
// before the kiosk recorded it is read the old way: every document it named arrived as a file.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "store.hpp"

namespace kiosk::reference_portal {

inline nlohmann::json digitisedComponents(const nlohmann::json& request) {
    if (request.is_object() && request.contains("digitised_components")) return request["digitised_components"];
    return nlohmann::json::array();
}

// True only once the files are here too: a component is not digitised at the portal while its
// pages are still on the way.
inline bool allComponentsDigitised(const nlohmann::json& request, const std::vector<DocumentRow>& documents) {
    const bool arrived = !documents.empty() && std::all_of(documents.begin(), documents.end(),
                                                           [](const DocumentRow& d) { return d.received; });
    const auto stated = request.is_object() ? request.find("all_components_digitised") : request.end();
    if (stated == request.end() || !stated->is_boolean()) return arrived;
    return stated->get<bool>() && arrived;
}

}  // namespace kiosk::reference_portal

#pragma once
// A filing's supplements as staff, the status endpoint and --export show them: when each came,
// from which kiosk, and which documents (slot, name, type, size, pages, hash).
#include <nlohmann/json.hpp>
#include <string>

#include "store.hpp"

namespace kiosk::reference_portal {

// Oldest first. `withAnswers`: also the answers the citizen gave again (personal data: staff
// and --export only).
nlohmann::json supplementsJson(Store& store, const std::string& filingId, bool withAnswers);

}  // namespace kiosk::reference_portal

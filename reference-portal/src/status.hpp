#pragma once
// The filing state machine of docs/portal-api.md §4.10–4.11 and its mapping onto the national
// portal's TrangThaiHoSo codes (vietnam-domain.md §5.3).
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::reference_portal {

// The TrangThaiHoSo code of a status; nullopt for "draft" (not yet submitted).
std::optional<int> trangThaiHoSo(std::string_view status);

// No staff action leaves a final status.
bool isFinalStatus(std::string_view status);

// Where `action` takes a filing in `from`; nullopt when the action is unknown or not allowed there.
std::optional<std::string> nextStatus(std::string_view action, std::string_view from);

// True for the names of staff actions (known, whatever the current status).
bool isStaffAction(std::string_view action);

}  // namespace kiosk::reference_portal

#pragma once
// Opening and closing the full-screen lists drawn over a form page (an address's province or
// commune, a long choice list), so that the page comes back where the citizen left it.
#include <string>

#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// Opens the list of `level` for the answer `key`; call it from inside the page's ScrollBody so
// its scroll position is remembered.
void openPicker(UiContext& ctx, const std::string& key, PickerLevel level);

// Closes the list; the page returns at the position it had when the list opened.
void closePicker(UiState& state);

}  // namespace kiosk::ui

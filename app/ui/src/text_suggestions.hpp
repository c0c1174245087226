#pragma once
// Likely answers offered under a text box, so a place name costs one tap instead of thirty
// keys: the field's own `suggestions` from config (the local health station for "nơi sinh"),
// and with `suggest_places` the communes shipped in admin-units ("hoa phu" becomes "Xã Hòa Phú,
// Tỉnh Đắk Lắk").
#include <string>

#include "kiosk/forms/model.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// Up to four buttons under the box of answer `key`, "field.<key>.suggestion.<n>" for the
// field's suggestions and "field.<key>.place.<commune code>" for communes. While the box is
// empty, or being typed and ending in a space: the field's suggestions, then the communes this
// filing's addresses name and the kiosk's own. While a word is being typed: the suggestions
// that match, then communes whose "Xã …, Tỉnh …" matches the last words typed (which they
// replace), the kiosk's province first. A tap writes the text in and closes the keyboard.
MaybeAction textSuggestions(UiContext& ctx, const forms::Field& field, const std::string& key);

}  // namespace kiosk::ui

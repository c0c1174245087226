#pragma once
// The on-screen keyboard (letters, a row of the Vietnamese letters â ă ê ô ơ ư đ, a row of the
// five tone marks, shift and caps, space, backspace, clear, done) and the numeric keypad for
// dates, phone numbers, ID numbers and PINs. Keys are registered as "kbd.<key>".
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/ui/ui_context.hpp"
#include "kiosk/ui/widgets/composer.hpp"

namespace kiosk::ui {

// Height the keyboard for `kind` takes at the bottom of the screen.
float keyboardHeight(const Theme& theme, InputKind kind);

// Draws the keyboard for `kind` in `area`; returns the key pressed this frame.
std::optional<KeyPress> drawKeyboard(UiContext& ctx, InputKind kind, const Rect& area);

// The text after a key on a numeric box: digits only, at most the kind's length; a date keeps
// the form dd/mm/yyyy with the slashes put in as the digits arrive.
std::string applyNumeric(InputKind kind, std::string_view current, const KeyPress& key);

// "15031990" -> "15/03/1990"; "150" -> "15/0"; "15" -> "15/".
std::string formatDateDigits(std::string_view digits);

}  // namespace kiosk::ui

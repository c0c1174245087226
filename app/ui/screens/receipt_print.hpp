#pragma once
// The "In giấy hẹn" button of the receipt screen: shown only when kiosk.toml names a printer.
#include <string>

#include "ui/ui_context.hpp"

namespace kiosk::ui {

// Draws the button (nothing without [printer]); on a tap renders the receipt in memory and
// sends it to CUPS, then tells the citizen, in plain Vietnamese, whether it printed. `code` is
// the code the screen shows (the mã hồ sơ, else the local reference), printed with its QR.
void printReceiptButton(UiContext& ctx, const std::string& code);

}  // namespace kiosk::ui

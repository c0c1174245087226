#pragma once
// The "In giấy hẹn" button of the receipt screen: shown only when kiosk.toml names a printer.
#include <string>

#include "ui/ui_context.hpp"

namespace kiosk::ui {

// Draws the button (nothing without [printer]); a tap queues the receipt with the print worker
// (ui/receipt_desk.hpp) and the screen says "Đang in..." until it printed or, in plain
// Vietnamese, why not, with a button to try again. `code` is
// the code the screen shows (the mã hồ sơ, else the local reference), printed with its QR.
void printReceiptButton(UiContext& ctx, const std::string& code);

}  // namespace kiosk::ui

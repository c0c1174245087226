#pragma once
// The receipt screen's paper: the "In giấy hẹn" button when kiosk.toml names a printer, else
// the receipt kept for staff at the desk.
#include <string>

#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// Without [printer] no button: the screen asks (act::KeepReceipt) for the receipt to be kept
// encrypted in the outbox, and tells the citizen staff at the desk will print it. With one, draws the button; a tap
// returns act::PrintReceipt (the effect runner queues the receipt with the print worker) and the screen says "Đang
// in..." until it printed or, in plain Vietnamese, why not, with a button to try again. `code` is the code the screen
// shows (the mã hồ sơ, else the local reference), printed with its QR.
MaybeAction printReceiptButton(UiContext& ctx, const std::string& code);

}  // namespace kiosk::ui

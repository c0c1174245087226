#pragma once
// The keyboard at the desk's intake (KioskApp in desk mode, opened from `kiosk --desk`): an
// officer works the citizen's filing with a physical keyboard and a mouse, with no on-screen
// keyboard. Tab and Shift+Tab move through the screen's boxes, options and buttons in the order
// they are drawn; a box Tab reaches takes the keyboard. Enter moves on: from a box to the next
// box, from the last box (or from nothing highlighted) to the screen's main button; on a
// highlighted button or option Enter and Space press it. Esc goes back. A key never acts by
// itself: it names the widget the next frame presses (UiState::keyPress), exactly as a click on
// that widget would, so the flow behind it is the kiosk's own.
#include "kiosk/ui/ui_context.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace kiosk::ui {

struct DeskKeys {
    bool tab = false;
    bool backTab = false;  // Shift+Tab
    bool enter = false;
    bool space = false;
    bool escape = false;
    bool click = false;  // the mouse went down: the highlight goes, the click acts
};

// This frame's keys from ImGui's input; `enterNoted`: an Enter reported outside ImGui's queue.
DeskKeys readDeskKeys(bool enterNoted);

// Works out what the keys press, from the widgets the last frame drew (`drawn`), before this
// frame is drawn. The caller clears UiState::keyPress and keyCursorMoved once the frame is drawn.
void applyDeskKeys(const DeskKeys& keys, const WidgetRegistry& drawn, UiState& ui);

// A new screen was just drawn (`drawn`): its first empty box takes the keyboard in the next frame.
void focusFirstEmptyBox(const WidgetRegistry& drawn, UiState& ui);

}  // namespace kiosk::ui

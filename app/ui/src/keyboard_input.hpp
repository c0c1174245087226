#pragma once
// Keys from the on-screen keyboard and from a physical keyboard (ImGui's input queue), typed as
// one edit per frame into the box that has the keyboard, through one TextComposer so both
// keyboards compose Telex/VNI the same way. A USB QR reader is a physical keyboard too: on the
// look-up screen what it types becomes the code to look up, without a tap on the box first.
#include <optional>

#include "kiosk/config/config.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/ui/ui_context.hpp"
#include "kiosk/ui/widgets/composer.hpp"

namespace kiosk::ui {

class KeyboardInput {
public:
    explicit KeyboardInput(const config::InputSettings& settings) : m_composer(settings) {}

    struct Typed {
        MaybeAction action;   // the box's new text, when it changed
        bool lookup = false;  // Enter on the look-up screen: search once the code is in
        bool prove = false;   // Enter in the look-up code's box: check it
    };

    // One frame's keys: `onScreen` is what the on-screen keyboard gave this frame.
    Typed frame(const core::Session& session, UiState& ui, const std::optional<KeyPress>& onScreen);

    // An Enter that reached the window outside ImGui's queue counts in the next frame().
    void noteEnter() { m_enterPending = true; }
    // An Enter under the idle warning is not for the screen below it.
    void dropEnter() { m_enterPending = false; }
    // At the desk's intake, and while staff help at the kiosk, Enter moves on
    // (desk/desk_keys.hpp) and is not this unit's to act on.
    void setEnterToDesk(bool toDesk) { m_enterToDesk = toDesk; }
    // The session ended: nothing half-composed is carried to the next citizen.
    void reset() { m_composing.reset(); }

private:
    TextComposer m_composer;
    std::optional<Focus> m_composing;  // the box the composer last typed into
    bool m_enterPending = false;
    bool m_enterToDesk = false;
};

}  // namespace kiosk::ui

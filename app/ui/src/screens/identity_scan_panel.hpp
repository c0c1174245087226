#pragma once
// "Quét căn cước": the part of the identity step that reads the card through the capture
// device (kiosk.toml [capture]) and shows what was read for the citizen to confirm.
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// Draws the scanning panel when a device is configured; the boxes below stay for typing.
// Returns act::ApplyIdentity when the citizen accepts what was read.
MaybeAction drawIdentityScanPanel(UiContext& ctx);

}  // namespace kiosk::ui

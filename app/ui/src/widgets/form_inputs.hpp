#pragma once
// The inputs of the less common field types: signature, address and document slot.
#include <string>

#include "kiosk/forms/model.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// A box the citizen signs in with a finger; strokes are stored "x,y x,y;x,y ..." in 0..1 units.
// "field.<key>" is the pad, "field.<key>.clear" starts again.
MaybeAction signaturePad(UiContext& ctx, const std::string& key, bool error);

// Province and commune buttons (which open the picker screen) and the street box.
// IDs "field.<key>.province", "field.<key>.commune", "field.<key>.street".
MaybeAction addressField(UiContext& ctx, const std::string& key);

// An attachment slot: "field.<key>.scan" takes a page with the capture device (progress while
// it is processed), "field.<key>.pages" says how many are scanned, "field.<key>.remove" takes
// the last one back; without pages "field.<key>.at_desk" says the citizen will show the original
// at the desk instead. (A tick "staff have seen the original" belongs to a staff-assisted mode,
// which the kiosk does not have: a citizen must not be able to tick it for staff.) Without a device it says so plainly and only the desk remains.
MaybeAction documentSlot(UiContext& ctx, const forms::Field& field, const std::string& key);

// The scanning part of a document slot, for pages kept under `key` in session.documentPages:
// the pages scanned (tap one to see it large and retake it), "field.<key>.scan",
// "field.<key>.remove", the progress while a page is processed, and plain words without a
// device. The supplement's slots use it as it is; documentSlot adds the form's "at the desk".
MaybeAction scannedPages(UiContext& ctx, const std::string& key);

// A passport slot (field type "passport"): "field.<key>.scan" takes the photo page with the
// identity step's device, then the lines read ("field.<key>.read.<part>", a doubtful one with
// ".check" under it) wait for "passport.use" in the bottom bar; "field.<key>.again" starts over.
// Without a device it asks for the boxes below to be written as on the passport.
MaybeAction passportSlot(UiContext& ctx, const std::string& key);

// The answer a document slot stores when the citizen will show the original at the desk.
inline constexpr const char* kOriginalAtDesk = "ban_chinh_tai_quay";

// A text box for `key` of `target` that takes the keyboard of `kind` when tapped.
void textInput(UiContext& ctx, const std::string& id, core::TextTarget target,
               const std::string& key, InputKind kind, bool error, size_t maxChars = 0);

// The current text of a session value (an answer, an identity box, the search, ...).
const std::string& sessionText(const core::Session& session, core::TextTarget target,
                               const std::string& key);

}  // namespace kiosk::ui

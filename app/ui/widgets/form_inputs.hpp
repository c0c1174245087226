#pragma once
// The inputs of the less common field types: signature, address and document slot.
#include <string>

#include "forms/model.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::ui {

// A box the citizen signs in with a finger; strokes are stored "x,y x,y;x,y ..." in 0..1 units.
// "field.<key>" is the pad, "field.<key>.clear" starts again.
MaybeAction signaturePad(UiContext& ctx, const std::string& key, bool error);

// Province and commune buttons (which open the picker screen) and the street box.
// IDs "field.<key>.province", "field.<key>.commune", "field.<key>.street".
MaybeAction addressField(UiContext& ctx, const std::string& key);

// An attachment slot: "field.<key>.scan" takes a page with the capture device (progress while
// it is processed), "field.<key>.pages" says how many are scanned, "field.<key>.remove" takes
// the last one back; without pages "field.<key>.seen" marks that staff see the original at the
// desk instead. Without a device it says so plainly and only the desk remains.
MaybeAction documentSlot(UiContext& ctx, const forms::Field& field, const std::string& key);

// The answer a document slot stores when staff have seen the original.
inline constexpr const char* kOriginalSeen = "da_xem_ban_chinh";

// A text box for `key` of `target` that takes the keyboard of `kind` when tapped.
void textInput(UiContext& ctx, const std::string& id, core::TextTarget target,
               const std::string& key, InputKind kind, bool error, size_t maxChars = 0);

// The current text of a session value (an answer, an identity box, the search, ...).
const std::string& sessionText(const core::Session& session, core::TextTarget target,
                               const std::string& key);

}  // namespace kiosk::ui

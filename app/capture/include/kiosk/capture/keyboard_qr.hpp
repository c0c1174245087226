#pragma once
// A USB QR reader is a keyboard: pointed at the CCCD it "types" the payload
// (id|old_id|name|ddmmyyyy|sex|address|ddmmyyyy) into whichever box has the keyboard. This
// recognises that text so the identity step can fill every box from it.
#include <optional>
#include <string_view>

#include "scanners/identity.hpp"

namespace kiosk::capture {

// The identity in `typed` when it holds a CCCD QR payload: 12 digits and a '|' (possibly after
// what the box held before) followed by fields that parse; nullopt for anything else,
// including a 12-digit number typed by hand.
std::optional<scanners::Identity> identityFromTypedQr(std::string_view typed);

}  // namespace kiosk::capture

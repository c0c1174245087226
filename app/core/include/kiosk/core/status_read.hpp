#pragma once
// The status cache's reads an effect asks for (fx::ReadStatus, fx::LookUpStatus), as the effect
// runner does them on its worker: core says what is read and what of it travels back; the
// runner only where and when. Each answer is the action core::apply then takes.
#include "kiosk/core/action.hpp"
#include "kiosk/core/effect.hpp"
#include "kiosk/core/filing_status.hpp"

namespace kiosk::core {

// The filing's status; its look-up code wiped unless the effect asked for it.
act::StatusRead readStatus(StatusSource& source, const fx::ReadStatus& asked);
// The code in full, else the one filing a short form of it names; only the status word and due
// date of what is found travel back (the rest waits for the owner's proof).
act::LookupAnswered lookUpStatus(StatusSource& source, fx::LookUpStatus asked);

}  // namespace kiosk::core

#pragma once
// The desk's PIN check: the operator the staff certificate names, their PIN from the staff list
// on this PC (kiosk-admin staff add), and the keypad's lockout, which counts each wrong PIN.
#include <chrono>
#include <string>

#include "kiosk/core/staff_directory.hpp"
#include "kiosk/core/staff_lockout.hpp"
#include "kiosk/ui/strings.hpp"

namespace kiosk::ui::desk_view {

struct DeskSignIn {
    bool accepted = false;
    std::string problem;  // refused: what the officer reads under the PIN box
    std::string refusal;  // refused: the audit entry's detail (no_pin, locked, wrong_pin)
};

// Checks `pin` and wipes it. `staffList` null: this PC has no staff list, nobody signs in.
DeskSignIn checkDeskSignIn(core::StaffDirectory* staffList, core::StaffLockout& lockout, const std::string& operatorId,
                           std::string& pin, core::StaffLockout::Time now, const Strings& strings);

}  // namespace kiosk::ui::desk_view

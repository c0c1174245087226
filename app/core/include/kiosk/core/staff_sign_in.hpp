#pragma once
// Checking a staff member's operator id and PIN against the staff list (core/staff_directory):
// slow on purpose (PBKDF2, about a tenth of a second), so the kiosk runs it on a worker and the
// screen stays live. An unknown operator id costs the same time as a wrong PIN, so timing does
// not tell a guesser which ids exist.
#include <string>

#include "kiosk/core/staff_directory.hpp"

namespace kiosk::core {

enum class StaffPinVerdict {
    Accepted,
    WrongPin,
    UnknownOperator,
    Unavailable,  // the staff list could not be read
};

// On the worker's thread. `operatorId` as typed: compared in upper case.
StaffPinVerdict checkStaffSignIn(StaffDirectory& directory, const std::string& operatorId, const std::string& pin);

// The operator id as the staff list keeps it: upper case, surrounding spaces dropped.
std::string normalOperatorId(const std::string& typed);

}  // namespace kiosk::core

#include "kiosk/core/staff_sign_in.hpp"

#include <algorithm>

#include "kiosk/core/staff_pin.hpp"

namespace kiosk::core {

std::string normalOperatorId(const std::string& typed) {
    const auto first = typed.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    std::string id = typed.substr(first, typed.find_last_not_of(' ') - first + 1);
    std::transform(id.begin(), id.end(), id.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return id;
}

StaffPinVerdict checkStaffSignIn(StaffDirectory& directory, const std::string& operatorId, const std::string& pin) {
    // Made once, on the first check: what an unknown operator id's PIN is checked against.
    static const std::string kNobody = hashStaffPin("no staff member has this PIN");
    const auto stored = directory.pinHashOf(normalOperatorId(operatorId));
    if (!stored) return StaffPinVerdict::Unavailable;
    if (!stored->has_value()) {
        verifyStaffPin(pin, kNobody);
        return StaffPinVerdict::UnknownOperator;
    }
    return verifyStaffPin(pin, **stored) ? StaffPinVerdict::Accepted : StaffPinVerdict::WrongPin;
}

}  // namespace kiosk::core

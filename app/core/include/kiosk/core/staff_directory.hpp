#pragma once
// The port through which the kiosk learns who may sign in: each staff member's operator id and
// the salted hash of their PIN (core/staff_pin.hpp). app/outbox keeps them with the kiosk's data
// (kiosk-admin staff add|remove|list); they are never in kiosk-config/ or a config bundle.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"

namespace kiosk::core {

class StaffDirectory {
public:
    virtual ~StaffDirectory() = default;
    // The stored PIN hash of `operatorId` (upper case), nullopt when there is no such member.
    // Called from the sign-in worker's thread: implementations are thread-safe.
    virtual Result<std::optional<std::string>> pinHashOf(std::string_view operatorId) = 0;
    // Whether anyone at all can sign in (no one: the staff entrance stays hidden).
    virtual Result<bool> hasMembers() = 0;
};

}  // namespace kiosk::core

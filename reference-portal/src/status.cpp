#include "status.hpp"

#include <array>
#include <initializer_list>

namespace kiosk::reference_portal {

namespace {

struct StatusCode {
    std::string_view status;
    int code;
};

constexpr std::array<StatusCode, 10> kCodes{{
    {"submitted", 1},
    {"accepted", 2},
    {"refused", 3},
    {"processing", 4},
    {"supplement_requested", 5},
    {"payment_requested", 6},
    {"withdrawn", 7},
    {"stopped", 8},
    {"approved", 9},
    {"result_returned", 10},
}};

struct Transition {
    std::string_view action;
    std::initializer_list<std::string_view> from;
    std::string_view to;
};

// Order matters for "reject": the first row whose `from` matches wins.
const std::initializer_list<Transition> kTransitions{
    {"accept", {"submitted"}, "accepted"},
    {"start_processing", {"accepted"}, "processing"},
    {"request_supplement", {"submitted", "accepted", "processing"}, "supplement_requested"},
    {"request_payment", {"accepted", "processing"}, "payment_requested"},
    {"resume", {"supplement_requested", "payment_requested"}, "processing"},
    {"approve", {"accepted", "processing"}, "approved"},
    {"return_result", {"approved"}, "result_returned"},
    {"reject", {"submitted"}, "refused"},
    {"reject",
     {"accepted", "processing", "supplement_requested", "payment_requested"},
     "stopped"},
    {"withdraw",
     {"submitted", "accepted", "processing", "supplement_requested", "payment_requested",
      "approved"},
     "withdrawn"},
};

}  // namespace

std::optional<int> trangThaiHoSo(std::string_view status) {
    for (const auto& entry : kCodes) {
        if (entry.status == status) return entry.code;
    }
    return std::nullopt;
}

bool isFinalStatus(std::string_view status) {
    return status == "refused" || status == "stopped" || status == "withdrawn" ||
           status == "result_returned";
}

std::optional<std::string> nextStatus(std::string_view action, std::string_view from) {
    for (const auto& t : kTransitions) {
        if (t.action != action) continue;
        for (auto f : t.from) {
            if (f == from) return std::string(t.to);
        }
    }
    return std::nullopt;
}

bool isStaffAction(std::string_view action) {
    for (const auto& t : kTransitions) {
        if (t.action == action) return true;
    }
    return false;
}

}  // namespace kiosk::reference_portal

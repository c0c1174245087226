#pragma once
// The satisfaction rating after the receipt (staff-and-records.md: the 766 index's satisfaction
// group; VNPT iQMS shows 1-5 for 30 s and asks reasons for 3 or less).
#include <optional>

#include "kiosk/base/clock.hpp"
#include "kiosk/core/session.hpp"

namespace kiosk::core {

// When the rating screen ends by itself (act::RatingTimeout), or nullopt off that screen: the
// frame loop sleeps until then.
std::optional<Clock::Steady::time_point> ratingDeadline(const Session& session);

// A score of 3 or less asks why.
inline bool asksReasons(int score) { return score >= 1 && score <= 3; }

}  // namespace kiosk::core

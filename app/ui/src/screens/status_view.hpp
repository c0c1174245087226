#pragma once
// A filing's status in plain Vietnamese, as the receipt and "Tra cứu hồ sơ" show it: the national
// TrangThaiHoSo codes 1-10 put as a citizen would say them, what that means for them, what a
// supplement request asks them to bring, and the history.
#include <string>
#include <string_view>

#include "kiosk/core/filing_status.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// "Cán bộ đã tiếp nhận hồ sơ"; before the portal answered, where the filing is on its way.
std::string statusHeadline(const UiContext& ctx, const core::FilingStatus& status);

// StatusAndDue: what a mã hồ sơ alone shows on "Tra cứu hồ sơ" (core/ownership.hpp). Brief:
// what the receipt adds under its own appointment date. Full: "Tra cứu hồ sơ" for the owner.
enum class StatusDetail { StatusAndDue, Brief, Full };

// The headline (registered as `<prefix>.result`) and its explanation; unless StatusAndDue, the
// staff's note (a supplement request explained); when Full or StatusAndDue, the due date; when
// Full, every step so far.
void drawFilingStatus(UiContext& ctx, const core::FilingStatus& status, std::string_view prefix,
                      StatusDetail detail);

// "2025-11-22T09:15:00+07:00" -> "22/11/2025 09:15" (the portal's local time, as written);
// only the date when there is no time; the text itself when it is not RFC 3339.
std::string displayTime(const std::string& rfc3339);
std::string displayDate(const std::string& rfc3339);

}  // namespace kiosk::ui

#pragma once
// Where a supplement's delivery stands, as the look-up and the supplement's receipt say it:
// waiting to be sent, what the portal's signed answer says it received (documents, pages,
// sizes), or not sent. Never "sent" before the portal's answer is kept.
#include <string>

#include "kiosk/core/filing_status.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// One supplement of the filing of service `serviceId`, in a panel; IDs "<id>" (the sentence)
// and "<id>.document.<n>" (each document received).
void drawSupplementDelivery(UiContext& ctx, const core::SupplementStatus& supplement, const std::string& serviceId,
                            const std::string& id);

// Every supplement of `filing` under "Giấy tờ đã bổ sung"; IDs "lookup.supplement.<n>…".
void drawSupplements(UiContext& ctx, const core::FilingStatus& filing);

}  // namespace kiosk::ui

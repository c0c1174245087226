#pragma once
// The content of the "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" the receipt screen shows:
// taken from the filing when it is stored, because the answers are wiped right after.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/working_calendar.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/model.hpp"
#include "kiosk/forms/values.hpp"

namespace kiosk::core {

struct Receipt {
    std::string applicantName;              // personal data: wiped with the session
    std::vector<forms::Text> documents;     // the documents handed in with the filing
    forms::Date receivedOn{};
    std::optional<forms::Date> expectedOn;  // from the service's time limit in working days
    long long feeVnd = 0;                   // everything due: the procedure's fee and the post fee
    forms::ResultDelivery delivery = forms::ResultDelivery::Desk;
    long long postFeeVnd = 0;  // the part of feeVnd that pays for the post
};

// From the stored `filing` (its answers, fee and delivery); `receivedAt` is the kiosk's local
// time of the submission.
// The expected date counts working days in `calendar` (kiosk-config/working-calendar.toml); it
// stays "dự kiến" until the portal, whose date is the official one, answers.
Receipt makeReceipt(const forms::Service& service, const Filing& filing, std::chrono::local_seconds receivedAt,
                    const WorkingCalendar& calendar);

}  // namespace kiosk::core

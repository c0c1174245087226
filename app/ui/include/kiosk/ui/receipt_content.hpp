#pragma once
// The one builder of the "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": the receipt screen
// draws what it returns and the printed/kept PDF renders the same document, so paper and
// screen cannot drift apart.
#include <string>

#include "kiosk/core/session.hpp"
#include "kiosk/receipt/receipt_pdf.hpp"
#include "kiosk/ui/strings.hpp"

namespace kiosk::ui {

// The receipt of the session's stored filing in `words`' language (the screen's language on
// screen; always Vietnamese on paper). `code` is the code to keep: the mã hồ sơ once the
// portal has answered, else the local reference. Personal data: wipe it when done
// (receipt::wipeReceiptDocument).
receipt::ReceiptDocument receiptContent(const Strings& words, const core::Session& session, const std::string& code);

// "Lệ phí: 8.000 đồng, ..." with where the payment stands: paid only when the portal confirmed
// it (with the bank's reference and time), "chưa xác nhận" while a transfer may be on its way,
// and to be paid at the desk when no payment was started or the citizen chose the desk
// (`payingAtDesk`). The receipt and the look-up say it.
std::string feeLine(const Strings& words, const core::FilingStatus* status, long long feeVnd, bool payingAtDesk);

}  // namespace kiosk::ui

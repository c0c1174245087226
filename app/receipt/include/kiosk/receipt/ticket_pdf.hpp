#pragma once
// The queue ticket ("Phiếu số thứ tự") as a one-page PDF the width of a receipt roll (80 mm):
// the commune, the big number, the desk's group, the time, how many wait before it. It holds no
// personal data. Its words come in a ReceiptDocument (ui builds it), drawn here as a ticket:
// `title`, `office`, `code` (the number, drawn large), `body` lines, `footer`.
#include <string>

#include "kiosk/base/result.hpp"
#include "kiosk/receipt/receipt_pdf.hpp"

namespace kiosk::receipt {

Result<std::string> renderTicketPdf(const ReceiptDocument& ticket);

}  // namespace kiosk::receipt

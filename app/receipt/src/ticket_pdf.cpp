#include "kiosk/receipt/ticket_pdf.hpp"

#include <cairo.h>

#include <cstddef>

#include "pdf_page.hpp"

namespace kiosk::receipt {
namespace {

// 80 mm wide (a kiosk's receipt roll; an A4 printer prints it at the top of a sheet), 120 mm
// tall, 5 mm margins, in PDF points.
constexpr double kPageWidth = 226.77;
constexpr double kPageHeight = 340.16;
constexpr double kMargin = 14.17;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
// The number is read from across the waiting room's seats: as large as the roll allows.
constexpr double kNumberSize = 64.0;
constexpr double kLocalNumberSize = 40.0;  // "K01-007" is longer

Error renderError(const char* what) {
    return Error{"receipt.render",
                 std::string("Không tạo được phiếu số thứ tự. (Could not render the queue ticket: ") + what + ")", ""};
}

}  // namespace

Result<std::string> renderTicketPdf(const ReceiptDocument& ticket) {
    // A ticket holds a number, nothing personal: no room to set aside.
    return detail::renderOnePage(
        kPageWidth, kPageHeight, ticket.title, 0,
        [&](cairo_t* c) {
            double y = kMargin - 6;
            if (!ticket.office.empty()) y = detail::centred(c, ticket.office, y, 10, false, kPageWidth);
            y = detail::centred(c, ticket.title, y, 13, true, kPageWidth);
            const double numberSize = ticket.code.size() > 4 ? kLocalNumberSize : kNumberSize;
            y = detail::centred(c, ticket.code, y, numberSize, true, kPageWidth) + 6;
            for (const auto& block : ticket.body)
                y = detail::paragraph(c, block.text, kMargin, y, kTextWidth, 10.5, false);
            if (!ticket.footer.empty()) detail::paragraph(c, ticket.footer, kMargin, y + 4, kTextWidth, 9, false);
            return true;
        },
        renderError);
}

}  // namespace kiosk::receipt

#include "kiosk/receipt/ticket_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <memory>

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
    std::string pdf;
    std::unique_ptr<cairo_surface_t, detail::CairoDeleter> surface(
        cairo_pdf_surface_create_for_stream(detail::appendToString, &pdf, kPageWidth, kPageHeight));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return renderError("surface");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, ticket.title.c_str());
    {
        std::unique_ptr<cairo_t, detail::CairoDeleter> cr(cairo_create(surface.get()));
        cairo_t* c = cr.get();
        cairo_set_source_rgb(c, 0, 0, 0);
        double y = kMargin - 6;
        if (!ticket.office.empty()) y = detail::centred(c, ticket.office, y, 10, false, kPageWidth);
        y = detail::centred(c, ticket.title, y, 13, true, kPageWidth);
        const double numberSize = ticket.code.size() > 4 ? kLocalNumberSize : kNumberSize;
        y = detail::centred(c, ticket.code, y, numberSize, true, kPageWidth) + 6;
        for (const auto& block : ticket.body) y = detail::paragraph(c, block.text, kMargin, y, kTextWidth, 10.5, false);
        if (!ticket.footer.empty()) detail::paragraph(c, ticket.footer, kMargin, y + 4, kTextWidth, 9, false);
        cairo_show_page(c);
        if (cairo_status(c) != CAIRO_STATUS_SUCCESS) return renderError(cairo_status_to_string(cairo_status(c)));
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return renderError("finish");
    return pdf;
}

}  // namespace kiosk::receipt

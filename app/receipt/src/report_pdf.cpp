#include "kiosk/receipt/report_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <memory>

namespace kiosk::receipt {
namespace {

// A4 in PDF points, 2 cm margins, as the receipt.
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7;
constexpr double kValueColumn = kPageWidth - kMargin - 90;
constexpr char kFont[] = "Noto Sans";

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

Error renderError(const char* what) {
    return Error{"receipt.render", std::string("Không tạo được báo cáo. (Could not render the report: ") + what + ")",
                 ""};
}

struct CairoDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};

void font(cairo_t* cr, double size, bool bold) {
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

double centred(cairo_t* cr, const std::string& text, double y, double size, bool bold) {
    font(cr, size, bold);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    y += size * 1.6;
    cairo_move_to(cr, (kPageWidth - extents.x_advance) / 2, y);
    cairo_show_text(cr, text.c_str());
    return y;
}

}  // namespace

Result<std::string> renderReportPdf(const ReportDocument& report) {
    std::string pdf;
    std::unique_ptr<cairo_surface_t, CairoDeleter> surface(
        cairo_pdf_surface_create_for_stream(appendToString, &pdf, kPageWidth, kPageHeight));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return renderError("surface");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, report.title.c_str());
    {
        std::unique_ptr<cairo_t, CairoDeleter> cr(cairo_create(surface.get()));
        cairo_t* c = cr.get();
        cairo_set_source_rgb(c, 0, 0, 0);
        double y = kMargin;
        y = centred(c, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", y, 11, true);
        y = centred(c, "Độc lập - Tự do - Hạnh phúc", y, 11, false);
        y = centred(c, report.title, y + 18, 14, true);
        if (!report.subtitle.empty()) y = centred(c, report.subtitle, y, 11, false);
        y += 24;
        for (const auto& [label, value] : report.rows) {
            const bool sub = label.rfind("  ", 0) == 0;  // a breakdown of the line above
            font(c, 11, !sub);
            y += 19;
            cairo_move_to(c, kMargin + (sub ? 18 : 0), y);
            cairo_show_text(c, sub ? label.substr(2).c_str() : label.c_str());
            cairo_move_to(c, kValueColumn, y);
            cairo_show_text(c, value.c_str());
            cairo_set_line_width(c, 0.3);
            cairo_move_to(c, kMargin, y + 6);
            cairo_line_to(c, kPageWidth - kMargin, y + 6);
            cairo_stroke(c);
        }
        if (!report.footer.empty()) {
            font(c, 9, false);
            y += 32;
            // The footer is a few short sentences; one per line keeps them inside the margins.
            size_t start = 0;
            while (start < report.footer.size()) {
                const size_t end = report.footer.find('\n', start);
                const std::string line = report.footer.substr(start, end == std::string::npos ? end : end - start);
                cairo_move_to(c, kMargin, y);
                cairo_show_text(c, line.c_str());
                y += 13;
                if (end == std::string::npos) break;
                start = end + 1;
            }
        }
        cairo_show_page(c);
        if (cairo_status(c) != CAIRO_STATUS_SUCCESS) return renderError(cairo_status_to_string(cairo_status(c)));
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return renderError("finish");
    return pdf;
}

}  // namespace kiosk::receipt

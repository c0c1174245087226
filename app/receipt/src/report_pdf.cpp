#include "kiosk/receipt/report_pdf.hpp"

#include <cairo.h>

#include <string>

#include "pdf_page.hpp"

namespace kiosk::receipt {
namespace {

// A4 in PDF points, 2 cm margins, as the receipt.
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7;
constexpr double kValueColumn = kPageWidth - kMargin - 90;

Error renderError(const char* what) {
    return Error{"receipt.render", std::string("Không tạo được báo cáo. (Could not render the report: ") + what + ")",
                 ""};
}

double centred(cairo_t* cr, const std::string& text, double y, double size, bool bold) {
    return detail::centred(cr, text, y, size, bold, kPageWidth);
}

}  // namespace

Result<std::string> renderReportPdf(const ReportDocument& report) {
    // Figures only, nothing personal: no room to set aside.
    return detail::renderOnePage(
        kPageWidth, kPageHeight, report.title, 0,
        [&](cairo_t* c) {
            double y = kMargin;
            y = centred(c, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", y, 11, true);
            y = centred(c, "Độc lập - Tự do - Hạnh phúc", y, 11, false);
            y = centred(c, report.title, y + 18, 14, true);
            if (!report.subtitle.empty()) y = centred(c, report.subtitle, y, 11, false);
            y += 24;
            for (const auto& [label, value] : report.rows) {
                const bool sub = label.rfind("  ", 0) == 0;  // a breakdown of the line above
                detail::setFont(c, 11, !sub);
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
                detail::setFont(c, 9, false);
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
            return true;
        },
        renderError);
}

}  // namespace kiosk::receipt

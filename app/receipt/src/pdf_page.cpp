#include "pdf_page.hpp"

#include <cairo-pdf.h>

#include <memory>
#include <string_view>

namespace kiosk::receipt::detail {
namespace {

// cairo's write callback: appends to the std::string `closure`.
cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct CairoDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};

}  // namespace

Result<std::string> renderOnePage(double width, double height, const std::string& title, std::size_t reserve,
                                  const PageDrawing& draw, Error (*failed)(const char* what)) {
    std::string pdf;
    pdf.reserve(reserve);
    std::unique_ptr<cairo_surface_t, CairoDeleter> surface(
        cairo_pdf_surface_create_for_stream(appendToString, &pdf, width, height));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return failed("surface");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    {
        std::unique_ptr<cairo_t, CairoDeleter> cr(cairo_create(surface.get()));
        cairo_set_source_rgb(cr.get(), 0, 0, 0);
        if (!draw(cr.get())) return failed("draw");
        cairo_show_page(cr.get());
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
            return failed(cairo_status_to_string(cairo_status(cr.get())));
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return failed("finish");
    return pdf;
}

void setFont(cairo_t* cr, double size, bool bold) {
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

double paragraph(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold) {
    setFont(cr, size, bold);
    const double lineHeight = size * 1.45;
    std::string line;
    auto flush = [&] {
        y += lineHeight;
        cairo_move_to(cr, x, y);
        cairo_show_text(cr, line.c_str());
        line.clear();
    };
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
        cairo_text_extents_t extents;
        cairo_text_extents(cr, candidate.c_str(), &extents);
        if (extents.x_advance > width && !line.empty()) {
            flush();
            line = std::string(word);
        } else {
            line = std::move(candidate);
        }
    }
    if (!line.empty()) flush();
    return y + size * 0.5;
}

double centred(cairo_t* cr, const std::string& text, double y, double size, bool bold, double pageWidth) {
    setFont(cr, size, bold);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    y += size * 1.5;
    cairo_move_to(cr, (pageWidth - extents.x_advance) / 2, y);
    cairo_show_text(cr, text.c_str());
    return y;
}

}  // namespace kiosk::receipt::detail

#include "pdf_page.hpp"

#include <string_view>

namespace kiosk::receipt::detail {

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

double paragraph(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold) {
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
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
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    y += size * 1.5;
    cairo_move_to(cr, (pageWidth - extents.x_advance) / 2, y);
    cairo_show_text(cr, text.c_str());
    return y;
}

}  // namespace kiosk::receipt::detail

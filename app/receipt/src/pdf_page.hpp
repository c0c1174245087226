#pragma once
// What the receipt and the queue ticket share to lay text on a cairo PDF page: the font, a
// paragraph broken at spaces, a centred line, and the in-memory stream the PDF is written to.
#include <cairo.h>

#include <string>

namespace kiosk::receipt::detail {

inline constexpr char kFont[] = "Noto Sans";

// cairo's write callback: appends to the std::string `closure`.
cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length);

struct CairoDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};

// Writes text from (x, y), breaking lines at spaces to fit `width`; returns the new y.
// Vietnamese has spaces between syllables, so breaking at spaces is enough.
double paragraph(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold);

// One line centred on a page `pageWidth` wide, below `y`; returns its baseline.
double centred(cairo_t* cr, const std::string& text, double y, double size, bool bold, double pageWidth);

}  // namespace kiosk::receipt::detail

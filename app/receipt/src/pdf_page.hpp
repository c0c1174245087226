#pragma once
// What the receipt, the queue ticket and the day's report share to lay text on a cairo PDF
// page: the one-page PDF held in memory, the font, a paragraph broken at spaces, a centred line.
#include <cairo.h>

#include <cstddef>
#include <functional>
#include <string>

#include "kiosk/base/result.hpp"

namespace kiosk::receipt::detail {

inline constexpr char kFont[] = "Noto Sans";

// Draws one page, in black; returns false when something on it could not be made.
using PageDrawing = std::function<bool(cairo_t*)>;

// A one-page PDF `width` by `height` points, drawn by `draw`, in memory. The title is metadata
// only: never personal data. `reserve` bytes are set aside first, so that a document holding
// personal data is not copied into freed memory as it grows. `failed` words the document's
// error from what went wrong ("surface", "draw", cairo's status, "finish").
Result<std::string> renderOnePage(double width, double height, const std::string& title, std::size_t reserve,
                                  const PageDrawing& draw, Error (*failed)(const char* what));

// The document's font, bold or not, at `size` points, for what is drawn next.
void setFont(cairo_t* cr, double size, bool bold);

// Writes text from (x, y), breaking lines at spaces to fit `width`; returns the new y.
// Vietnamese has spaces between syllables, so breaking at spaces is enough.
double paragraph(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold);

// One line centred on a page `pageWidth` wide, below `y`; returns its baseline.
double centred(cairo_t* cr, const std::string& text, double y, double size, bool bold, double pageWidth);

}  // namespace kiosk::receipt::detail

#include "kiosk/receipt/receipt_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <qrencode.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "kiosk/base/secure_wipe.hpp"
#include "pdf_page.hpp"

namespace kiosk::receipt {
namespace {

using detail::paragraph;

// A4 in PDF points, with 2 cm margins.
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kQrSide = 110.0;

Error renderError(const char* what) {
    return Error{"receipt.render", std::string("Không tạo được giấy hẹn. (Could not render the receipt: ") + what + ")", ""};
}

double centred(cairo_t* cr, const std::string& text, double y, double size, bool bold) {
    return detail::centred(cr, text, y, size, bold, kPageWidth);
}

// The QR as filled squares (vector, so it stays sharp at any printer resolution), with the
// four-module quiet zone the standard asks for left white.
bool drawQr(cairo_t* cr, const std::string& text, double x, double y, double side) {
    std::unique_ptr<QRcode, void (*)(QRcode*)> qr(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!qr) return false;
    const int modules = qr->width + 8;
    const double cell = side / modules;
    for (int row = 0; row < qr->width; ++row) {
        for (int col = 0; col < qr->width; ++col) {
            if (qr->data[row * qr->width + col] & 1) cairo_rectangle(cr, x + (col + 4) * cell, y + (row + 4) * cell, cell, cell);
        }
    }
    cairo_fill(cr);
    return true;
}

}  // namespace

void wipeReceiptDocument(ReceiptDocument& document) {
    for (auto* text : {&document.title, &document.office, &document.codeLine, &document.code, &document.footer}) {
        secureWipe(*text);
    }
    for (auto& block : document.body) secureWipe(block.text);
}

Result<std::string> renderReceiptPdf(const ReceiptDocument& document) {
    // Room for the whole file up front: a receipt with its font subsets is ~30-60 KB.
    constexpr std::size_t kReserve = 256 * 1024;
    return detail::renderOnePage(
        kPageWidth, kPageHeight, document.title, kReserve,
        [&](cairo_t* c) {
            double y = kMargin;
            y = centred(c, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", y, 11, true);
            y = centred(c, "Độc lập - Tự do - Hạnh phúc", y, 11, false);
            y += 18;
            y = centred(c, document.title, y, 14, true);
            if (!document.office.empty()) y = centred(c, document.office, y, 11, false);
            y += 14;
            const double qrTop = y;
            if (!drawQr(c, document.code, kPageWidth - kMargin - kQrSide, qrTop, kQrSide)) return false;
            // The code sits beside the QR, so the text column beside it is narrower.
            const double besideQr = kTextWidth - kQrSide - 12;
            y = paragraph(c, document.codeLine, kMargin, y + 20, besideQr, 13, true);
            y = std::max(y, qrTop + kQrSide) + 6;
            for (const auto& block : document.body) {
                if (block.kind == BlockKind::Bullet) {
                    y = paragraph(c, "•  " + block.text, kMargin + 14, y - 4, kTextWidth - 14, 11, false);
                } else {
                    y = paragraph(c, block.text, kMargin, y, kTextWidth, 11, false);
                }
            }
            if (!document.footer.empty()) paragraph(c, document.footer, kMargin, y + 10, kTextWidth, 9.5, false);
            return true;
        },
        renderError);
}

}  // namespace kiosk::receipt

#pragma once
// The "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" as a one-page A4 PDF, built in memory only.
// It holds personal data (the applicant's name), so it is never written to disk: it goes
// straight to CUPS (printer.hpp) and is wiped after. docs/receipt.md says why.
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::receipt {

// One labelled piece of the receipt's body. `id` is the widget ID the receipt screen draws it
// under ("receipt.applicant"), so a test can match screen and paper line by line; bullets
// have none (they are drawn as a list).
enum class BlockKind { Paragraph, Bullet };
struct ReceiptBlock {
    std::string id;
    BlockKind kind = BlockKind::Paragraph;
    std::string text;
};

// What the receipt shows, already in one language. Built once (ui/receipt_content.hpp) and
// drawn by both the receipt screen and renderReceiptPdf, so paper and screen say the same.
struct ReceiptDocument {
    std::string title;                // "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    std::string office;               // the commune's office, under the title
    std::string codeLine;             // e.g. "Mã hồ sơ: H30.99-251122-0007"
    std::string code;                 // the code alone: what the QR encodes
    std::vector<ReceiptBlock> body;   // applicant, procedure, dates, documents, fee, in order
    std::string footer;               // e.g. how to look the filing up
};

// Zeroes every text of `document` (the applicant's name is in the body).
void wipeReceiptDocument(ReceiptDocument& document);

// The PDF bytes (Noto Sans through fontconfig/FreeType, the QR from libqrencode). Personal
// data: the caller wipes them (kiosk::secureWipe) when done.
Result<std::string> renderReceiptPdf(const ReceiptDocument& document);

}  // namespace kiosk::receipt

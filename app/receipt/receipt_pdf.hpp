#pragma once
// The "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" as a one-page A4 PDF, built in memory only.
// It holds personal data (the applicant's name), so it is never written to disk: it goes
// straight to CUPS (printer.hpp) and is wiped after. docs/receipt.md says why.
#include <string>
#include <vector>

#include "base/result.hpp"

namespace kiosk::receipt {

// What the receipt shows, already in the kiosk's language (the confirmation screen fills it
// with the same texts it draws, so paper and screen say the same).
struct ReceiptDocument {
    std::string title;                   // "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    std::string office;                  // the commune's office, under the title
    std::string codeLine;                // e.g. "Mã hồ sơ: H30.99-251122-0007"
    std::string code;                    // the code alone: what the QR encodes
    std::vector<std::string> before;     // paragraphs before the documents (applicant, procedure, date)
    std::string documentsHeading;        // "Giấy tờ đã nhận:"
    std::vector<std::string> documents;  // one bullet each
    std::vector<std::string> after;      // paragraphs after them (expected date, fee)
    std::string footer;                  // e.g. how to look the filing up
};

// The PDF bytes (Noto Sans through fontconfig/FreeType, the QR from libqrencode). Personal
// data: the caller wipes them (kiosk::secureWipe) when done.
Result<std::string> renderReceiptPdf(const ReceiptDocument& document);

}  // namespace kiosk::receipt

#pragma once
// The one builder of the "Giấy tiếp nhận bổ sung hồ sơ": the supplement's receipt screen draws
// what it returns and the printer renders the same document. Also the words both it and the
// look-up use for a supplement's documents.
#include <chrono>
#include <string>

#include "kiosk/core/session.hpp"
#include "kiosk/receipt/receipt_pdf.hpp"
#include "kiosk/ui/strings.hpp"

namespace kiosk::ui {

// The document's name in the filing's service file, or "Giấy tờ khác cán bộ yêu cầu" for the
// other slot (and any id the service does not know).
std::string supplementDocumentName(const Strings& words, const config::Config& config, const std::string& serviceId,
                                   const std::string& slotId);

// "10:02 ngày 24/11/2025": the kiosk's local time as the receipt prints it.
std::string kioskTime(const Strings& words, std::chrono::local_seconds time);

// "245 KB", "1,2 MB": a document's size as a citizen reads it.
std::string sizeText(long long bytes);

// The receipt of the supplement stored this session (session.supplement, after submitting):
// the mã hồ sơ and the filing's look-up code (both in its QR), the procedure, when the kiosk took it, and each document
// with its pages. Nothing personal: the pages are gone by then.
receipt::ReceiptDocument supplementPaper(const Strings& words, const core::Session& session);

}  // namespace kiosk::ui

#pragma once
// Sends an in-memory PDF to a CUPS print queue. Nothing is spooled by us to disk; CUPS keeps
// its own spool file until the job has printed (see docs/receipt.md).
#include <string>

#include "base/result.hpp"

namespace kiosk::receipt {

// Whether CUPS knows the queue `printer`: an error (receipt.no_printer, plain Vietnamese) if
// not. Asked before rendering, so no receipt is rendered for a printer that is not there.
Result<bool> findPrinter(const std::string& printer);

// Prints `pdf` on the CUPS queue `printer` (as named in kiosk.toml [printer] name) and
// returns the CUPS job id. The job title is `jobTitle`, which shows in queue listings and
// logs, so it must not hold personal data. A failure is an error with a plain Vietnamese
// message; the filing itself is already safe in the outbox, so nothing is lost.
Result<int> printPdf(const std::string& printer, const std::string& jobTitle, const std::string& pdf);

}  // namespace kiosk::receipt

#pragma once
// Sends an in-memory PDF to a CUPS print queue. Nothing is spooled by us to disk; CUPS keeps
// its own spool file until the job has printed (see docs/receipt.md).
#include <string>

#include "kiosk/base/result.hpp"

namespace kiosk::receipt {

// Whether CUPS knows the queue `printer`: an error (receipt.no_printer, plain Vietnamese) if
// not. Asked before rendering, so no receipt is rendered for a printer that is not there.
Result<void> findPrinter(const std::string& printer);

// Prints `pdf` on the CUPS queue `printer` (as named in kiosk.toml [printer] name) and
// returns the CUPS job id. The job title is `jobTitle`, which shows in queue listings and
// logs, so it must not hold personal data. A failure is an error with a plain Vietnamese
// message; the filing itself is already safe in the outbox, so nothing is lost.
Result<int> printPdf(const std::string& printer, const std::string& jobTitle, const std::string& pdf);

// The port the print worker prints through: CUPS on a kiosk. A test may put in a printer that
// hangs, a fault a real CUPS cannot be made to show on demand.
class Printer {
public:
    virtual ~Printer() = default;
    // As printPdf; may block for as long as the printer system takes (never on the UI thread).
    virtual Result<int> print(const std::string& queue, const std::string& jobTitle, const std::string& pdf) = 0;
};

// Prints through the CUPS server of the environment (CUPS_SERVER, else the local cupsd).
class CupsPrinter final : public Printer {
public:
    Result<int> print(const std::string& queue, const std::string& jobTitle, const std::string& pdf) override {
        return printPdf(queue, jobTitle, pdf);
    }
};

}  // namespace kiosk::receipt

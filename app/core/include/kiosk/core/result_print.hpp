#pragma once
// "In kết quả": a result returned electronically, printed at the kiosk for its proven owner
// (docs/portal-api.md §4.16). The document comes from the portal over mutual TLS, its SHA-256
// checked against the status before it is printed, and is held in memory only; after a print the
// hand-over is recorded once in the outbox (kiosk-sync tells the portal) and the rating is asked
// once more, for the moment "result".
#include <string>

#include "kiosk/base/result.hpp"

namespace kiosk::core {

struct Session;

// How a print of the result ended, for the look-up screen's message.
enum class ResultPrintOutcome {
    Printed,
    NotReached,     // the portal was not reached (network, timeout, its own trouble)
    Mismatch,       // the bytes did not match the digest the status named: not printed
    Refused,        // the portal refused (the proof, the document): not printed
    PrinterFailed,  // the printer's error (its message is plain Vietnamese)
    NoPrinter,      // this kiosk has no printer configured
};

// Where the result's bytes come from: the portal, for the filing `localReference` of this kiosk,
// with the proof of ownership the kiosk holds for it. Errors by code: result.not_reached,
// result.mismatch, result.refused. Personal data: the caller wipes the bytes.
class ResultDocuments {
public:
    virtual ~ResultDocuments() = default;
    virtual Result<std::string> fetch(const std::string& localReference, const std::string& sha256) = 0;
};

// Whether the look-up on screen offers "In kết quả": the owner is proven, the result was
// returned, electronically, with a document to print.
bool offersResultPrint(const Session& session);

}  // namespace kiosk::core

#pragma once
// Rendering and printing receipts off the UI thread: a kiosk::Worker owns the printer, takes
// jobs in order and leaves results in a mailbox; the UI submits, keeps drawing, and takes the
// result when the mailbox wakes it. A hung cupsd then holds this thread, never the screen.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/worker.hpp"

#include "kiosk/receipt/printer.hpp"
#include "kiosk/receipt/receipt_pdf.hpp"

namespace kiosk::receipt {

// What a job's document is drawn as: the A4 receipt, or the queue ticket on a receipt roll's width.
enum class Paper { Receipt, Ticket };

struct PrintJob {
    std::string queue;         // the CUPS queue; empty: render only, for the kept copy
    std::string jobTitle;      // shows in lpstat and CUPS's logs: no personal data
    ReceiptDocument document;  // personal data: wiped by the worker once rendered
    bool keepCopy = false;     // hand the PDF back when it was not printed (to store it encrypted)
    Paper paper = Paper::Receipt;
};

struct PrintResult {
    std::uint64_t id = 0;
    std::optional<int> cupsJob;  // set when the job was handed to CUPS
    std::optional<Error> error;  // plain Vietnamese, no personal data
    // The rendered PDF when it was not printed and the job asked to keep a copy; empty
    // otherwise (the worker wiped it). Personal data: the caller wipes it.
    std::string pdf;
};

class PrintWorker {
public:
    explicit PrintWorker(std::unique_ptr<Printer> printer);
    // Finishes the job in hand (a hung CUPS gives up after its own timeout), drops the rest and
    // wipes every receipt still held.
    ~PrintWorker();
    PrintWorker(const PrintWorker&) = delete;
    PrintWorker& operator=(const PrintWorker&) = delete;

    // Queues a job; returns its id (results come back in submission order). From one thread.
    std::uint64_t submit(PrintJob job);
    // A finished job's result, if any, without waiting.
    std::optional<PrintResult> poll();
    // Waits up to `timeout` for a result (tests).
    std::optional<PrintResult> wait(std::chrono::milliseconds timeout);
    // Called on the worker's thread after each result is left (the UI's wake-up); see Mailbox.
    void setWake(std::function<void()> wake);
    // Jobs submitted whose results were not yet taken.
    bool busy() const;

private:
    struct Queued {
        std::uint64_t id = 0;
        PrintJob job;
    };
    void execute(Queued& queued);
    PrintResult render(Queued& queued);  // renders, prints, and wipes the job's receipt
    std::optional<PrintResult> taken(std::optional<PrintResult> result);

    std::unique_ptr<Printer> m_printer;  // worker thread only, once started
    std::uint64_t m_nextId = 1;
    std::atomic<int> m_outstanding{0};  // submitted, result not yet taken
    Mailbox<PrintResult> m_results;
    Worker<Queued> m_worker;  // last: its thread starts after everything above exists
};

}  // namespace kiosk::receipt

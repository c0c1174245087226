#pragma once
// Rendering and printing receipts off the UI thread: one worker thread owns the printer, takes
// jobs from a queue and leaves results in another; the UI submits, keeps drawing, and polls
// each frame. A hung cupsd then holds this thread, never the screen.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "kiosk/receipt/printer.hpp"
#include "kiosk/receipt/receipt_pdf.hpp"

namespace kiosk::receipt {

struct PrintJob {
    std::string queue;         // the CUPS queue; empty: render only, for the kept copy
    std::string jobTitle;      // shows in lpstat and CUPS's logs: no personal data
    ReceiptDocument document;  // personal data: wiped by the worker once rendered
    bool keepCopy = false;     // hand the PDF back when it was not printed (to store it encrypted)
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

    // Queues a job; returns its id (results come back in submission order).
    std::uint64_t submit(PrintJob job);
    // A finished job's result, if any, without waiting.
    std::optional<PrintResult> poll();
    // Waits up to `timeout` for a result (tests).
    std::optional<PrintResult> wait(std::chrono::milliseconds timeout);
    // Jobs submitted whose results were not yet taken.
    bool busy() const;

private:
    void run();
    PrintResult execute(std::uint64_t id, PrintJob& job);

    std::unique_ptr<Printer> m_printer;  // worker thread only, once started
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<std::pair<std::uint64_t, PrintJob>> m_jobs;
    std::deque<PrintResult> m_results;
    std::uint64_t m_nextId = 1;
    int m_outstanding = 0;  // submitted, result not yet taken
    bool m_stop = false;
    std::thread m_thread;  // last: starts after everything above exists
};

}  // namespace kiosk::receipt

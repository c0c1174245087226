#pragma once
// The receipt screen's printer desk: hands receipts to the print worker (its own thread, so a
// hung cupsd never freezes the screen), takes finished jobs when the worker wakes the UI and remembers how the
// last one went for the filing on screen. A receipt that was not printed (no printer, or the
// print failed) is kept in the outbox, sealed under the filing's own key, for staff to print
// with `kiosk-admin receipt`. Owned by KioskApp, reached through UiContext.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "kiosk/core/filing_store.hpp"
#include "kiosk/receipt/print_worker.hpp"

namespace kiosk::ui {

class ReceiptDesk {
public:
    enum class Stage { None, Printing, Printed, Failed, Keeping, Kept, NotKept };
    struct Outcome {
        std::string reference;  // the filing it belongs to, so the next citizen never sees it
        Stage stage = Stage::None;
        std::string message;    // the printer's error, plain Vietnamese, no personal data
        bool kept = false;      // a copy is in the outbox for staff to print
        std::string code;       // the code printed on the copy last kept (reference or mã hồ sơ)
    };

    // Which paper a job is, so a copy not printed is kept where staff look for it.
    enum class Paper { FilingReceipt, SupplementReceipt };

    explicit ReceiptDesk(core::FilingStore& store) : m_store(store) {}

    // The printer the worker will use (tests); CUPS when none is set before the first print.
    void setPrinter(std::unique_ptr<receipt::Printer> printer) { m_printer = std::move(printer); }
    // Called from the print worker's thread when a job ended: the next update() takes it.
    void setWake(std::function<void()> wake);
    // Queues `document` (rendered and printed off this thread; wiped there) for the filing
    // `reference` (a supplement's receipt: the client_supplement_id) on the CUPS queue `queue`.
    void print(const std::string& reference, const std::string& queue, const std::string& jobTitle,
               receipt::ReceiptDocument document, Paper paper = Paper::FilingReceipt);
    // Queues the queue ticket `ticket` (no personal data, never kept) on the CUPS queue `queue`;
    // its outcome is stageFor(`tag`), the ticket's number.
    void printTicket(const std::string& tag, const std::string& queue, const std::string& jobTitle,
                     receipt::ReceiptDocument ticket);
    // Renders `document`, the receipt under `code`, off this thread and keeps it in the outbox
    // (no printer configured), in place of a copy kept before.
    void keep(const std::string& reference, const std::string& code, receipt::ReceiptDocument document,
              Paper paper = Paper::FilingReceipt);
    // Takes finished jobs, keeping the copies they hand back (on this thread: the outbox's
    // connection belongs to it); called once per frame.
    void update();
    // A job is queued or running (its end wakes the UI through setWake).
    bool busy() const { return m_worker && m_worker->busy(); }
    // How the last job went, for the filing on screen.
    Stage stageFor(const std::string& reference) const {
        return m_outcome.reference == reference ? m_outcome.stage : Stage::None;
    }
    const Outcome& outcome() const { return m_outcome; }

private:
    receipt::PrintWorker& worker();
    struct Job {
        std::string reference;
        Paper paper = Paper::FilingReceipt;
    };
    void submitPrint(const Job& job, receipt::PrintJob print);
    bool keepCopy(const Job& job, const std::string& pdf);

    core::FilingStore& m_store;
    std::unique_ptr<receipt::Printer> m_printer;
    std::function<void()> m_wake;
    std::unique_ptr<receipt::PrintWorker> m_worker;  // started at the first job
    std::map<std::uint64_t, Job> m_jobs;             // job id -> whose paper
    std::uint64_t m_latestJob = 0;
    Outcome m_outcome;
};

}  // namespace kiosk::ui

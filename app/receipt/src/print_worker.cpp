#include "kiosk/receipt/print_worker.hpp"

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/receipt/ticket_pdf.hpp"

namespace kiosk::receipt {

PrintWorker::PrintWorker(std::unique_ptr<Printer> printer)
    : m_printer(std::move(printer)),
      m_results([](PrintResult& result) { secureWipe(result.pdf); }),
      m_worker({.run = [this](Queued& queued) { execute(queued); },
                .drop = [](Queued& queued) { wipeReceiptDocument(queued.job.document); }}) {}

PrintWorker::~PrintWorker() = default;  // the worker stops first (last member), then the mailbox wipes

std::uint64_t PrintWorker::submit(PrintJob job) {
    const std::uint64_t id = m_nextId++;
    ++m_outstanding;
    m_worker.submit(Queued{id, std::move(job)});
    return id;
}

std::optional<PrintResult> PrintWorker::poll() { return taken(m_results.take()); }

std::optional<PrintResult> PrintWorker::wait(std::chrono::milliseconds timeout) {
    return taken(m_results.waitTake(timeout));
}

std::optional<PrintResult> PrintWorker::taken(std::optional<PrintResult> result) {
    if (result) --m_outstanding;
    return result;
}

void PrintWorker::setWake(std::function<void()> wake) { m_results.setWake(std::move(wake)); }

bool PrintWorker::busy() const { return m_outstanding.load() > 0; }

void PrintWorker::execute(Queued& queued) { m_results.post(render(queued)); }

PrintResult PrintWorker::render(Queued& queued) {
    PrintJob& job = queued.job;
    PrintResult result;
    result.id = queued.id;
    auto pdf = job.paper == Paper::Ticket ? renderTicketPdf(job.document) : renderReceiptPdf(job.document);
    wipeReceiptDocument(job.document);
    if (!pdf) {
        result.error = pdf.error();
        return result;
    }
    if (!job.queue.empty()) {
        auto printed = m_printer->print(job.queue, job.jobTitle, *pdf);
        if (printed) {
            result.cupsJob = *printed;
            secureWipe(*pdf);
            return result;
        }
        result.error = printed.error();
    }
    if (job.keepCopy) {
        result.pdf = std::move(*pdf);  // moved, not copied: the only copy is handed over
    } else {
        secureWipe(*pdf);
    }
    return result;
}

}  // namespace kiosk::receipt

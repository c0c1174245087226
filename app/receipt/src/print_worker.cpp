#include "kiosk/receipt/print_worker.hpp"

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::receipt {

PrintWorker::PrintWorker(std::unique_ptr<Printer> printer)
    : m_printer(std::move(printer)), m_thread([this] { run(); }) {}

PrintWorker::~PrintWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        for (auto& job : m_jobs) wipeReceiptDocument(job.second.document);
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread.join();
    for (auto& result : m_results) secureWipe(result.pdf);
}

std::uint64_t PrintWorker::submit(PrintJob job) {
    std::uint64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextId++;
        ++m_outstanding;
        m_jobs.emplace_back(id, std::move(job));
    }
    m_wake.notify_one();
    return id;
}

std::optional<PrintResult> PrintWorker::poll() {
    std::lock_guard lock(m_mutex);
    if (m_results.empty()) return std::nullopt;
    PrintResult result = std::move(m_results.front());
    m_results.pop_front();
    --m_outstanding;
    return result;
}

std::optional<PrintResult> PrintWorker::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    if (!m_done.wait_for(lock, timeout, [this] { return !m_results.empty(); })) return std::nullopt;
    PrintResult result = std::move(m_results.front());
    m_results.pop_front();
    --m_outstanding;
    return result;
}

bool PrintWorker::busy() const {
    std::lock_guard lock(m_mutex);
    return m_outstanding > 0;
}

void PrintWorker::run() {
    for (;;) {
        std::pair<std::uint64_t, PrintJob> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop) return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        PrintResult result = execute(job.first, job.second);
        {
            std::lock_guard lock(m_mutex);
            m_results.push_back(std::move(result));
        }
        m_done.notify_all();
    }
}

PrintResult PrintWorker::execute(std::uint64_t id, PrintJob& job) {
    PrintResult result;
    result.id = id;
    auto pdf = renderReceiptPdf(job.document);
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

#include "receipt_desk.hpp"

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::ui {

receipt::PrintWorker& ReceiptDesk::worker() {
    if (!m_worker) {
        if (!m_printer) m_printer = std::make_unique<receipt::CupsPrinter>();
        m_worker = std::make_unique<receipt::PrintWorker>(std::move(m_printer));
        m_worker->setWake(m_wake);
    }
    return *m_worker;
}

void ReceiptDesk::setWake(std::function<void()> wake) {
    m_wake = std::move(wake);
    if (m_worker) m_worker->setWake(m_wake);
}

void ReceiptDesk::print(const std::string& reference, const std::string& queue, const std::string& jobTitle,
                        receipt::ReceiptDocument document) {
    submitPrint(reference, {queue, jobTitle, std::move(document), true, receipt::Paper::Receipt});
}

void ReceiptDesk::printTicket(const std::string& tag, const std::string& queue, const std::string& jobTitle,
                              receipt::ReceiptDocument ticket) {
    submitPrint(tag, {queue, jobTitle, std::move(ticket), false, receipt::Paper::Ticket});
}

void ReceiptDesk::submitPrint(const std::string& reference, receipt::PrintJob job) {
    const auto id = worker().submit(std::move(job));
    m_jobs[id] = reference;
    m_latestJob = id;
    const bool keptBefore = m_outcome.reference == reference && m_outcome.kept;
    m_outcome = {reference, Stage::Printing, {}, keptBefore, keptBefore ? m_outcome.code : std::string()};
}

void ReceiptDesk::keep(const std::string& reference, const std::string& code, receipt::ReceiptDocument document) {
    const auto id = worker().submit({{}, {}, std::move(document), true});
    m_jobs[id] = reference;
    m_latestJob = id;
    // A copy kept before stays kept while its replacement is rendered.
    const bool keptBefore = m_outcome.reference == reference && m_outcome.kept;
    m_outcome = {reference, Stage::Keeping, {}, keptBefore, code};
}

void ReceiptDesk::update() {
    if (!m_worker) return;
    while (auto result = m_worker->poll()) {
        const auto job = m_jobs.find(result->id);
        const std::string reference = job == m_jobs.end() ? std::string() : job->second;
        if (job != m_jobs.end()) m_jobs.erase(job);
        // A PDF handed back was not printed: keep it, even if the citizen has left the screen.
        bool kept = false;
        if (!result->pdf.empty()) kept = m_store.keepReceipt(reference, result->pdf).ok();
        secureWipe(result->pdf);
        // Only the latest job speaks; an older one's result is stale.
        if (result->id != m_latestJob) continue;
        m_outcome.kept = m_outcome.kept || kept;
        if (m_outcome.stage == Stage::Keeping) {
            m_outcome.stage = m_outcome.kept ? Stage::Kept : Stage::NotKept;
        } else if (result->error) {
            m_outcome.stage = Stage::Failed;
            m_outcome.message = result->error->message;
        } else {
            m_outcome.stage = Stage::Printed;
        }
    }
}

}  // namespace kiosk::ui

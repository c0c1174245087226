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
                        receipt::ReceiptDocument document, Paper paper) {
    submitPrint({reference, paper}, {queue, jobTitle, std::move(document), true, receipt::Paper::Receipt});
}

void ReceiptDesk::printTicket(const std::string& tag, const std::string& queue, const std::string& jobTitle,
                              receipt::ReceiptDocument ticket) {
    submitPrint({tag}, {queue, jobTitle, std::move(ticket), false, receipt::Paper::Ticket});
}

void ReceiptDesk::submitPrint(const Job& job, receipt::PrintJob print) {
    const auto id = worker().submit(std::move(print));
    m_jobs[id] = job;
    m_latestJob = id;
    const bool keptBefore = m_outcome.reference == job.reference && m_outcome.kept;
    m_outcome = {job.reference, Stage::Printing, {}, keptBefore, keptBefore ? m_outcome.code : std::string()};
}

void ReceiptDesk::keep(const std::string& reference, const std::string& code, receipt::ReceiptDocument document,
                       Paper paper) {
    const auto id = worker().submit({{}, {}, std::move(document), true});
    m_jobs[id] = {reference, paper};
    m_latestJob = id;
    // A copy kept before stays kept while its replacement is rendered.
    const bool keptBefore = m_outcome.reference == reference && m_outcome.kept;
    m_outcome = {reference, Stage::Keeping, {}, keptBefore, code};
}

bool ReceiptDesk::keepCopy(const Job& job, const std::string& pdf) {
    if (job.paper == Paper::SupplementReceipt) return m_store.keepSupplementReceipt(job.reference, pdf).ok();
    return m_store.keepReceipt(job.reference, pdf).ok();
}

void ReceiptDesk::update() {
    if (!m_worker) return;
    while (auto result = m_worker->poll()) {
        const auto found = m_jobs.find(result->id);
        const Job job = found == m_jobs.end() ? Job{} : found->second;
        if (found != m_jobs.end()) m_jobs.erase(found);
        // A PDF handed back was not printed: keep it, even if the citizen has left the screen.
        bool kept = false;
        if (!result->pdf.empty()) kept = keepCopy(job, result->pdf);
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

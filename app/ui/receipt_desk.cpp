#include "ui/receipt_desk.hpp"

#include "base/secure_wipe.hpp"

namespace kiosk::ui {

receipt::PrintWorker& ReceiptDesk::worker() {
    if (!m_worker) {
        if (!m_printer) m_printer = std::make_unique<receipt::CupsPrinter>();
        m_worker = std::make_unique<receipt::PrintWorker>(std::move(m_printer));
    }
    return *m_worker;
}

void ReceiptDesk::print(const std::string& reference, const std::string& queue, const std::string& jobTitle,
                        receipt::ReceiptDocument document) {
    const auto id = worker().submit({queue, jobTitle, std::move(document), false});
    m_jobs[id] = reference;
    m_latestJob = id;
    m_outcome = {reference, Stage::Printing, {}};
}

void ReceiptDesk::update() {
    if (!m_worker) return;
    while (auto result = m_worker->poll()) {
        m_jobs.erase(result->id);
        secureWipe(result->pdf);
        // Only the latest job speaks; an older one's result is stale.
        if (result->id != m_latestJob) continue;
        if (result->error) {
            m_outcome.stage = Stage::Failed;
            m_outcome.message = result->error->message;
        } else {
            m_outcome.stage = Stage::Printed;
        }
    }
}

}  // namespace kiosk::ui

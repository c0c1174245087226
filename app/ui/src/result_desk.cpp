#include "result_desk.hpp"

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::ui {
namespace {

core::ResultPrintOutcome outcomeOf(const Error& error) {
    if (error.code == "result.mismatch") return core::ResultPrintOutcome::Mismatch;
    if (error.code == "result.refused") return core::ResultPrintOutcome::Refused;
    return core::ResultPrintOutcome::NotReached;
}

}  // namespace

// The worker stops first: a fetch or print in hand finishes (within their timeouts), the rest drop.
ResultDesk::~ResultDesk() { m_worker.reset(); }

void ResultDesk::print(Job job) {
    if (!m_worker) {
        if (!m_printer) m_printer = std::make_unique<receipt::CupsPrinter>();
        m_worker = std::make_unique<Worker<Job>>(Worker<Job>::Steps{
            .run = [this](Job& asked) { m_answers.post(run(asked)); },
            // A print dropped unrun (the kiosk is stopping) still gets its answer: not printed.
            .drop =
                [this](Job& asked) {
                    m_answers.post({asked.reference, asked.sha256, core::ResultPrintOutcome::NotReached, {}});
                }});
    }
    m_worker->submit(std::move(job));
}

core::act::ResultPrinted ResultDesk::run(const Job& job) {
    core::act::ResultPrinted answer{job.reference, job.sha256, core::ResultPrintOutcome::NotReached, {}};
    if (m_source == nullptr) return answer;
    auto pdf = m_source->fetch(job.reference, job.sha256);
    if (!pdf) {
        answer.outcome = outcomeOf(pdf.error());
        return answer;
    }
    auto printed = m_printer->print(job.queue, job.jobTitle, *pdf);
    secureWipe(*pdf);
    if (printed) {
        answer.outcome = core::ResultPrintOutcome::Printed;
    } else {
        answer.outcome = core::ResultPrintOutcome::PrinterFailed;
        answer.message = printed.error().message;
    }
    return answer;
}

}  // namespace kiosk::ui

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
        m_worker = std::make_unique<Worker<Job>>(
            Worker<Job>::Steps{.run = [this](Job& asked) { answer(run(asked)); },
                               // A print dropped unrun (the kiosk is stopping) still gets its answer: not printed.
                               .drop =
                                   [this](Job& asked) {
                                       answer({asked.reference, {}, core::ResultPrintOutcome::NotReached, {}});
                                   }});
    }
    m_worker->submit(std::move(job));
}

// Every document is fetched and checked before any is printed, so a result with one bad
// document prints none of it; a printer that fails midway leaves the ones already printed named.
core::act::ResultPrinted ResultDesk::run(const Job& job) {
    core::act::ResultPrinted answer{job.reference, {}, core::ResultPrintOutcome::NotReached, {}};
    if (m_source == nullptr || job.digests.empty()) return answer;
    std::vector<std::string> documents;
    const auto wipeAll = [&documents] {
        for (auto& pdf : documents) secureWipe(pdf);
    };
    for (const auto& sha256 : job.digests) {
        auto pdf = m_source->fetch(job.reference, sha256);
        if (!pdf) {
            wipeAll();
            answer.outcome = outcomeOf(pdf.error());
            return answer;
        }
        documents.push_back(std::move(*pdf));
    }
    for (std::size_t i = 0; i < documents.size(); ++i) {
        auto printed = m_printer->print(job.queue, job.jobTitle, documents[i]);
        secureWipe(documents[i]);
        if (!printed) {
            wipeAll();
            answer.outcome = core::ResultPrintOutcome::PrinterFailed;
            answer.message = printed.error().message;
            return answer;
        }
        answer.printed.push_back(job.digests[i]);
    }
    answer.outcome = core::ResultPrintOutcome::Printed;
    return answer;
}

}  // namespace kiosk::ui

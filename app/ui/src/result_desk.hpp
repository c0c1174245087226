#pragma once
// "In kết quả" off the UI thread: the port (core::ResultDocuments) fetches each of the portal's
// result documents (each checked against its SHA-256), and only when all came whole the printer
// prints them one after the other as they are; the outcome, act::ResultPrinted naming the
// documents printed, goes to the runner's one FinishedQueue, which wakes the frame loop. The documents are
// held in memory only and wiped once printed or refused. Owned by the EffectRunner.
#include <memory>
#include <string>
#include <vector>

#include "finished_work.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/core/action.hpp"
#include "kiosk/core/result_print.hpp"
#include "kiosk/receipt/printer.hpp"

namespace kiosk::ui {

class ResultDesk {
public:
    struct Job {
        std::string reference;
        std::vector<std::string> digests;  // in the order the portal named them
        std::string queue;     // the CUPS queue of kiosk.toml [printer]
        std::string jobTitle;  // names no filing and no person
    };

    // Outcomes go to `done`, which outlives the desk.
    explicit ResultDesk(FinishedQueue& done) : m_done(done) {}
    ~ResultDesk();
    ResultDesk(const ResultDesk&) = delete;
    ResultDesk& operator=(const ResultDesk&) = delete;

    // Where documents come from; it must outlive the desk. Unset, every print is NotReached.
    void setSource(core::ResultDocuments* source) { m_source = source; }
    // The printer (tests); CUPS when none is set before the first print.
    void setPrinter(std::unique_ptr<receipt::Printer> printer) { m_printer = std::move(printer); }

    // Fetches and prints; returns at once.
    void print(Job job);

private:
    core::act::ResultPrinted run(const Job& job);
    void answer(core::act::ResultPrinted printed) { m_done.post({core::Action{std::move(printed)}, true}); }

    FinishedQueue& m_done;
    core::ResultDocuments* m_source = nullptr;  // used on the worker's thread only, once set
    std::unique_ptr<receipt::Printer> m_printer;
    std::unique_ptr<Worker<Job>> m_worker;  // started at the first print
};

}  // namespace kiosk::ui

#pragma once
// "In kết quả" off the UI thread: the port (core::ResultDocuments) fetches each of the portal's
// result documents (each checked against its SHA-256), and only when all came whole the printer
// prints them one after the other as they are; the outcome comes back through a Mailbox that
// wakes the frame loop, as act::ResultPrinted, naming the documents printed. The documents are
// held in memory only and wiped once printed or refused. Owned by the EffectRunner.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/mailbox.hpp"
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

    ResultDesk() = default;
    ~ResultDesk();
    ResultDesk(const ResultDesk&) = delete;
    ResultDesk& operator=(const ResultDesk&) = delete;

    // Where documents come from; it must outlive the desk. Unset, every print is NotReached.
    void setSource(core::ResultDocuments* source) { m_source = source; }
    // The printer (tests); CUPS when none is set before the first print.
    void setPrinter(std::unique_ptr<receipt::Printer> printer) { m_printer = std::move(printer); }
    void setWake(std::function<void()> wake) { m_answers.setWake(std::move(wake)); }

    // Fetches and prints; returns at once.
    void print(Job job);
    // How a print ended, once.
    std::optional<core::act::ResultPrinted> printed() { return m_answers.take(); }

private:
    core::act::ResultPrinted run(const Job& job);

    core::ResultDocuments* m_source = nullptr;  // used on the worker's thread only, once set
    std::unique_ptr<receipt::Printer> m_printer;
    Mailbox<core::act::ResultPrinted> m_answers;
    std::unique_ptr<Worker<Job>> m_worker;  // started at the first print
};

}  // namespace kiosk::ui

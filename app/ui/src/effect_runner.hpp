#pragma once
// Carries out the effects core::apply returns (core::Effect) on the kiosk's workers, and owns
// every one of them the UI uses: the card scanner, the page scanner, the receipt desk's printer
// (and its copies kept for the desk), the queue ticket's number, the result print, the staff
// sign-in, the status cache's reads and the speaker, so KioskApp holds none. Each call returns at
// once. The ticket, result, sign-in and status workers post what they finished, as actions, to one FinishedQueue; the
// scanners and the printer (parts that do not know core's actions) leave theirs in their own mailbox. Every post wakes
// the runner's frame loop (setWake), and the next frame collects it all as one list of actions (collect).
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "finished_work.hpp"
#include "kiosk/capture/document_scan.hpp"
#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/core/action.hpp"
#include "kiosk/core/effect.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/speech/speaker.hpp"
#include "kiosk/ui/ui_context.hpp"
#include "receipt_desk.hpp"
#include "result_desk.hpp"
#include "staff_sign_in_worker.hpp"
#include "status_desk.hpp"
#include "ticket_desk.hpp"

namespace kiosk::ui {

class EffectRunner {
public:
    using Clock = std::chrono::steady_clock;

    // The devices of kiosk.toml [capture] (the card worker loads its OCR models now, once) and
    // [document_scanner] for the document slots, [capture] when it has none.
    EffectRunner(const config::KioskSettings& kiosk, core::FilingStore& store);

    // How the workers wake the frame loop when they finished something (see KioskApp::setWake).
    void setWake(std::function<void()> wake);
    // Where staff sign-in looks members up; without one (set before the first frame) every
    // sign-in is answered "unavailable".
    void setStaffDirectory(core::StaffDirectory* directory);
    // The printer receipts go to (tests); unset, CUPS. Set before the first print.
    void setPrinter(std::unique_ptr<receipt::Printer> printer) { m_receipts.setPrinter(std::move(printer)); }

    // Where queue tickets' numbers come from (the portal, else the kiosk's own); must outlive
    // the runner. Unset, a ticket cannot be taken and the screen says so.
    void setTicketSource(core::QueueTicketSource* source) { m_tickets.setSource(source); }
    // Where "In kết quả" fetches the portal's result documents; must outlive the runner. Unset,
    // a result cannot be printed and the look-up says so. The printer as for receipts (tests).
    void setResultDocuments(core::ResultDocuments* source) { m_results.setSource(source); }
    void setResultPrinter(std::unique_ptr<receipt::Printer> printer) { m_results.setPrinter(std::move(printer)); }
    // The local status cache (must outlive the runner; set before the first frame), read on the
    // status worker; statusSource() is the same source, locked, for the flow's own reads.
    void setStatusSource(core::StatusSource* source) { m_status.setSource(source); }
    core::StatusSource* statusSource() { return m_status.source(); }
    // Waits up to `timeout` for the status reads asked for since the last collect(); false when
    // none was (see KioskApp::waitForStatus). A read may be answered before this is called.
    bool waitForStatus(std::chrono::milliseconds timeout);

    // Carries out `effects` for `session`, in order; returns at once. Taken by value: a look-up
    // code a QR carried moves on to the status worker and is wiped here.
    void run(core::Effects effects, const core::Session& session, Clock::time_point now);

    // What the workers finished, as actions in the order to apply them; taken once a frame
    // before drawing. Collecting also moves the card's phase on and ends a print's waiting. A
    // page taken becomes the action that adds it to its document slot (replacing the page
    // `ui.retaking` names, when it is a retake).
    using Finished = FinishedWork;
    std::vector<Finished> collect(Clock::time_point now, UiState& ui);
    // A card or a page is being taken or read, or a ticket's number: its progress moves.
    bool busy() const;

    // What the screens draw from (null without a device).
    capture::IdentityScan* scan() { return m_scan.get(); }
    capture::DocumentScan* documents() { return m_documents.get(); }
    ReceiptDesk& receipts() { return m_receipts; }

private:
    void print(const core::fx::PrintReceipt& effect, const core::Session& session);
    void keep(const core::fx::KeepReceipt& effect, const core::Session& session);
    void printTicket(const core::Session& session);
    void printResult(const core::fx::PrintResult& effect, const core::Session& session);
    std::optional<core::Action> pageTaken(UiState& ui);

    // First: every worker below may post to it until it stops, so it goes last.
    FinishedQueue m_finished;
    std::unique_ptr<capture::IdentityScan> m_scan;
    // The same device, a worker of its own without OCR models.
    std::unique_ptr<capture::DocumentScan> m_documents;
    ReceiptDesk m_receipts;
    TicketDesk m_tickets;
    ResultDesk m_results;
    speech::Speaker m_speaker;  // started at the first reading; silent without audio
    std::unique_ptr<StaffSignInWorker> m_signIn;
    StatusDesk m_status;
    bool m_statusAsked = false;  // a status read asked for since the last collect()
    std::function<void()> m_wake;
};

}  // namespace kiosk::ui

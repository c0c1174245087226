#include "effect_runner.hpp"

#include <type_traits>
#include <utility>
#include <variant>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/ui/read_aloud.hpp"
#include "kiosk/ui/receipt_content.hpp"
#include "kiosk/ui/strings.hpp"
#include "kiosk/ui/ticket_content.hpp"
#include "supplement_paper.hpp"

namespace kiosk::ui {
namespace {

// The paper is always in Vietnamese: it is the commune's official receipt, whatever language
// the citizen chose on screen.
receipt::ReceiptDocument paperReceipt(const core::Session& session, const std::string& code) {
    const Strings vi(session.config->locales, forms::Lang::Vi);
    return receiptContent(vi, session, code);
}

}  // namespace

EffectRunner::EffectRunner(const config::KioskSettings& kiosk, core::FilingStore& store)
    : m_scan(capture::IdentityScan::fromSettings(kiosk.capture)),
      m_documents(capture::DocumentScan::fromSettings(kiosk.documentScanner.value_or(kiosk.capture))),
      m_receipts(store),
      m_tickets(m_finished),
      m_results(m_finished),
      m_status(m_finished) {}

void EffectRunner::setWake(std::function<void()> wake) {
    m_wake = wake;
    m_finished.setWake(wake);
    if (m_scan) m_scan->setWake(wake);
    if (m_documents) m_documents->setWake(wake);
    m_receipts.setWake(std::move(wake));
}

void EffectRunner::setStaffDirectory(core::StaffDirectory* directory) {
    m_signIn = directory ? std::make_unique<StaffSignInWorker>(*directory, m_finished) : nullptr;
}

void EffectRunner::run(core::Effects effects, const core::Session& session, Clock::time_point now) {
    namespace fx = core::fx;
    for (auto& effect : effects) {
        std::visit(
            [&](auto& e) {
                using E = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<E, fx::StopSpeech>) {
                    m_speaker.stop();
                } else if constexpr (std::is_same_v<E, fx::ForgetCard>) {
                    if (m_scan) m_scan->restart();
                } else if constexpr (std::is_same_v<E, fx::ForgetDocumentPage>) {
                    if (m_documents) m_documents->reset();
                } else if constexpr (std::is_same_v<E, fx::TakeCardPicture>) {
                    if (m_scan) m_scan->take(now);
                } else if constexpr (std::is_same_v<E, fx::TakePassportPicture>) {
                    if (m_scan) m_scan->takePassport(now);
                } else if constexpr (std::is_same_v<E, fx::ReadCardFront>) {
                    if (m_scan) m_scan->readFrontOnly(now);
                } else if constexpr (std::is_same_v<E, fx::TakeDocumentPage>) {
                    if (m_documents) m_documents->take(e.key, now);
                } else if constexpr (std::is_same_v<E, fx::PrintReceipt>) {
                    print(e, session);
                } else if constexpr (std::is_same_v<E, fx::KeepReceipt>) {
                    keep(e, session);
                } else if constexpr (std::is_same_v<E, fx::TakeTicket>) {
                    m_tickets.take(e.request);
                } else if constexpr (std::is_same_v<E, fx::PrintTicket>) {
                    printTicket(session);
                } else if constexpr (std::is_same_v<E, fx::PrintResult>) {
                    printResult(e, session);
                } else if constexpr (std::is_same_v<E, fx::Speak>) {
                    m_speaker.say(e.text, voiceFor(e.lang));
                } else if constexpr (std::is_same_v<E, fx::ReadStatus>) {
                    m_status.read(e);
                    m_statusAsked = true;
                } else if constexpr (std::is_same_v<E, fx::LookUpStatus>) {
                    m_status.lookUp(e);
                    m_statusAsked = true;
                    secureWipe(e.secret);
                } else if constexpr (std::is_same_v<E, fx::CheckStaffPin>) {
                    if (m_signIn) {
                        m_signIn->submit(session.staffOperatorInput, session.staffPinInput);
                    } else {
                        // No staff list to check against: answered at once, through the queue
                        // like any answer, so the next frame applies it.
                        m_finished.post({core::act::StaffPinChecked{"", core::StaffPinVerdict::Unavailable}, false});
                    }
                }
            },
            effect);
    }
}

// The job title shows in lpstat and CUPS's logs: no name, no code.
void EffectRunner::print(const core::fx::PrintReceipt& effect, const core::Session& session) {
    const auto& config = *session.config;
    if (config.kiosk.printer.name.empty()) return;
    const Strings shown(config.locales, session.lang);
    if (session.screen == core::Screen::SupplementReceipt && session.supplement) {
        const Strings vi(config.locales, forms::Lang::Vi);  // the paper is the commune's, in Vietnamese
        m_receipts.print(session.supplement->clientSupplementId, config.kiosk.printer.name,
                         shown.get("supplement.print_job"), supplementPaper(vi, session),
                         ReceiptDesk::Paper::SupplementReceipt);
        return;
    }
    m_receipts.print(session.reference, config.kiosk.printer.name, shown.get("receipt.print_job"),
                     paperReceipt(session, effect.code));
}

// No printer: the receipt on screen, the filing's or the supplement's, is kept for the desk.
void EffectRunner::keep(const core::fx::KeepReceipt& effect, const core::Session& session) {
    if (session.screen == core::Screen::SupplementReceipt && session.supplement) {
        const Strings vi(session.config->locales, forms::Lang::Vi);
        m_receipts.keep(session.supplement->clientSupplementId, effect.code, supplementPaper(vi, session),
                        ReceiptDesk::Paper::SupplementReceipt);
        return;
    }
    m_receipts.keep(session.reference, effect.code, paperReceipt(session, effect.code));
}

// The ticket is paper in Vietnamese, like the receipt; the job title names no number.
void EffectRunner::printTicket(const core::Session& session) {
    const auto& config = *session.config;
    if (config.kiosk.printer.name.empty() || !session.queue.ticket) return;
    const Strings vi(config.locales, forms::Lang::Vi);
    const auto& ticket = *session.queue.ticket;
    m_receipts.printTicket(ticket.number, config.kiosk.printer.name, vi.get("queue.print_job"),
                           ticketContent(vi, config, ticket));
}

// The portal's own document, printed as it is; the job title names no filing.
void EffectRunner::printResult(const core::fx::PrintResult& effect, const core::Session& session) {
    const auto& config = *session.config;
    const Strings vi(config.locales, forms::Lang::Vi);
    m_results.print({effect.reference, effect.digests, config.kiosk.printer.name, vi.get("result_print.print_job")});
}

std::vector<EffectRunner::Finished> EffectRunner::collect(Clock::time_point now, UiState& ui) {
    if (m_scan) m_scan->update(now);
    m_receipts.update();  // a print that ended ends the longer waiting timeout this frame
    m_statusAsked = false;
    std::vector<Finished> finished;
    while (auto done = m_finished.take()) finished.push_back(std::move(*done));
    if (auto page = pageTaken(ui)) finished.push_back({std::move(*page), false});
    return finished;
}

std::optional<core::Action> EffectRunner::pageTaken(UiState& ui) {
    if (!m_documents) return std::nullopt;
    m_documents->update();
    auto page = m_documents->takePage(m_documents->key());
    if (!page) return std::nullopt;
    // A retake replaces the page it was asked for, which stays open to be looked at.
    std::optional<size_t> replaces;
    if (ui.retaking && ui.retaking->key == m_documents->key()) replaces = ui.retaking->index;
    ui.retaking.reset();
    core::Action add = core::act::AddDocumentPage{m_documents->key(),
                                                  core::ScannedPage{std::move(page->jpeg), page->width, page->height},
                                                  replaces};
    scanners::wipePage(*page);
    return add;
}

bool EffectRunner::waitForStatus(std::chrono::milliseconds timeout) {
    if (!m_statusAsked) return false;
    m_status.waitAnswered(timeout);
    return true;
}

bool EffectRunner::busy() const {
    return (m_documents && m_documents->busy()) || (m_scan && m_scan->busy()) || m_tickets.busy();
}

}  // namespace kiosk::ui

#include "kiosk/ui/desk_app.hpp"

#include <cmath>
#include <cstring>
#include <map>
#include <utility>

#include <imgui.h>

#include "desk_app_impl.hpp"
#include "desk_sign_in.hpp"
#include "desk_view.hpp"
#include "help_call_desk.hpp"
#include "indicators_report.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/desk/staff_desk.hpp"
#include "kiosk/ui/kiosk_app.hpp"

namespace kiosk::ui {
namespace {

using namespace desk_view;

// Compact type for a desk monitor read from arm's length: 20 px at 1080 lines.
constexpr float kDeskFontPx = 20.0f;

const kiosk::Clock& defaultClock() {
    static const SystemClock clock;
    return clock;
}

}  // namespace

DeskApp::Impl::Impl(std::shared_ptr<const config::Config> cfg, std::unique_ptr<desk::StaffPortal> portal,
                    std::string who)
    : config(std::move(cfg)),
      staff(std::move(portal), config->calendar),
      operatorId(std::move(who)),
      clock(&defaultClock()) {}

void DeskApp::Impl::startIntake() {
    intake = openIntake();
    if (!intake) return;
    intake->setClock(*clock);
    if (wake) intake->setWake(wake);
    intake->openAsDeskIntake(operatorId);
    fonts = Fonts{};  // the intake builds its own into the atlas next frame
}

void DeskApp::Impl::intakeFrame(Clock::time_point now) {
    intake->frame(now);
    logIntakeStored();
    if (!intake->quitRequested()) return;
    intake.reset();
    intakeLogged.clear();
    fonts = Fonts{};
    if (state.signedIn) staff.refresh(today());
}

void DeskApp::Impl::logIntakeStored() {
    const core::Session& s = intake->session();
    if (s.reference.empty() || s.reference == intakeLogged || s.service == nullptr) return;
    intakeLogged = s.reference;
    logAudit(core::AuditKind::DeskIntake, s.reference, s.service->id);
}

float DeskApp::Impl::wantedFontPixels() const {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float lines = display.y > 0 ? std::min(display.x, display.y) : 1080.0f;
    return std::round(kDeskFontPx * lines / 1080.0f);
}

void DeskApp::Impl::takeAnswers() {
    while (auto update = staff.take()) {
        if (HelpCallDesk::take(*update, state, Strings(config->locales, forms::Lang::Vi), auditAction())) continue;
        switch (update->kind) {
            case desk::DeskUpdate::Kind::Queue:
                if (!state.signedIn) {  // fetched before staff signed out: not shown
                    staff.retire(std::move(update->list));
                    break;
                }
                staff.retire(std::exchange(list, std::move(update->list)));
                list->setToday(today(), config->calendar);  // the day may have turned meanwhile
                state.loaded = true;
                if (state.figures) computeFigures();
                break;
            case desk::DeskUpdate::Kind::ActionDone: answered(*update, update->status, std::nullopt); break;
            case desk::DeskUpdate::Kind::HelpCalls: break;  // taken above
            case desk::DeskUpdate::Kind::Failed:
                if (update->action.empty()) {
                    state.message = update->error.message;
                    state.messageIsError = true;
                } else {
                    answered(*update, update->error.where.empty() ? update->error.code : update->error.where,
                             update->error.message);
                }
                break;
        }
    }
}

HelpCallDesk::Audit DeskApp::Impl::auditAction() {
    return [this](const std::string& detail) { return logAudit("", detail); };
}

void DeskApp::Impl::answered(const desk::DeskUpdate& update, const std::string& outcome,
                             const std::optional<std::string>& why) {
    auto it = inFlight.find(update.filingId);
    if (it == inFlight.end()) return;
    const PendingAction& p = it->second;
    const Strings strings(config->locales, forms::Lang::Vi);
    const std::string action = strings.get("desk.action." + p.action);
    state.message = why ? strings.format("desk.done.failed", {{"action", action}, {"code", p.maHoSo}, {"why", *why}})
                        : strings.format("desk.done.ok", {{"action", action}, {"code", p.maHoSo}});
    state.messageIsError = why.has_value();
    if (why) logAudit(p.maHoSo, p.action + ":refused:" + outcome);  // the attempt itself was logged when sent
    wipe(it->second);
    inFlight.erase(it);
}

bool DeskApp::Impl::logAudit(const std::string& filing, const std::string& detail) {
    return logAudit(core::AuditKind::DeskAction, filing, detail);
}

bool DeskApp::Impl::logAudit(core::AuditKind kind, const std::string& filing, const std::string& detail) {
    const Strings strings(config->locales, forms::Lang::Vi);
    std::string code;
    for (const char c : detail.substr(0, 64)) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
                        c == ':';
        code += ok ? c : '_';
    }
    auto written = audit ? audit->append(kind, operatorId, filing, code)
                         : Result<void>(Error{"audit.missing", "chưa mở nhật ký (no audit log)", ""});
    if (written) return true;
    state.message = strings.format("desk.audit_failed", {{"why", written.error().message}});
    state.messageIsError = true;
    state.signInProblem = state.message;
    return false;
}

void DeskApp::Impl::signIn() {
    const Strings strings(config->locales, forms::Lang::Vi);
    std::string pin(state.pin.data(), strnlen(state.pin.data(), state.pin.size()));
    secureWipe(state.pin.data(), state.pin.size());
    ++state.pinAttempt;
    state.focusPin = true;
    core::StaffLockout none;
    const DeskSignIn checked = checkDeskSignIn(staffList, lockout ? *lockout : none, operatorId, pin, clock->localNow(),
                                               strings);
    if (!checked.accepted) {
        state.signInProblem = checked.problem;
        logAudit(core::AuditKind::SignInRefused, "", checked.refusal);
        return;
    }
    if (!logAudit(core::AuditKind::SignIn, "", "")) return;
    state.signedIn = true;
    state.signInProblem.clear();
    staff.refresh(today());
}

void DeskApp::Impl::signOut() {
    logAudit(core::AuditKind::SignOut, "", "");
    staff.retire(std::exchange(list, std::make_unique<desk::FilingList>()));
    if (state.pending) wipe(*state.pending);
    state.pending.reset();
    state.selected.clear();
    state.figures.reset();
    state.message.clear();
    HelpCallDesk::forget(state);
    state.loaded = false;
    state.signedIn = false;
    state.focusPin = true;
}

void DeskApp::Impl::wipe(PendingAction& p) {
    secureWipe(p.note);
    secureWipe(p.reason);
}

void DeskApp::Impl::send(PendingAction p) {
    // Logged before it is sent: an action the log could not record is not done at all.
    if (!logAudit(p.maHoSo, p.action)) {
        wipe(p);
        return;
    }
    desk::ActionRequest request;
    request.action = p.action;
    request.note = p.note;
    request.documents = p.documentsWanted;  // the kiosk shows their names and offers their slots
    request.reason = p.reason;
    if (p.action == "return_result") {
        request.resultNames.push_back(p.resultName);
        request.resultPdf = p.resultPdf;
    }
    // One key per press: a retry of this request is applied once by the portal.
    request.idempotencyKey = "desk-" + operatorId + "-" + p.filingId + "-" + std::to_string(++actionsSent);
    const std::string filingId = p.filingId;
    inFlight[filingId] = std::move(p);
    staff.act(filingId, std::move(request), today());
}

void DeskApp::Impl::computeFigures() {
    const auto period = parsePeriod(state.periodFirst, state.periodLast);
    if (!period) {
        state.message = Strings(config->locales, forms::Lang::Vi).get("desk.indicators.bad_period");
        state.messageIsError = true;
        state.figures.reset();
        return;
    }
    state.figures = desk::computeIndicators(list->records(), *period, config->calendar, today());
}

void DeskApp::Impl::exportReport(bool pdf) {
    const Strings strings(config->locales, forms::Lang::Vi);
    auto saved = saveIndicatorsReport(*state.figures, *config, strings, reportFolder, pdf);
    if (!saved) {
        state.message = saved.error().message;
        state.messageIsError = true;
        return;
    }
    state.savedReport = saved->string();
}

DeskApp::DeskApp(std::shared_ptr<const config::Config> config, std::unique_ptr<desk::StaffPortal> portal,
                 std::string operatorId)
    : m_impl(std::make_unique<Impl>(std::move(config), std::move(portal), std::move(operatorId))) {}

DeskApp::~DeskApp() {
    for (auto& [id, pending] : m_impl->inFlight) Impl::wipe(pending);
}

void DeskApp::buildFonts() {
    ImGui::GetIO().IniFilename = nullptr;
    if (m_impl->intake) {
        m_impl->intake->buildFonts();
        return;
    }
    m_impl->fonts = ui::buildFonts(m_impl->wantedFontPixels());
    ImGui::GetStyle() = ImGuiStyle();  // nothing of the intake's style stays behind
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 7);
    style.CellPadding = ImVec2(6, 4);
    style.FrameBorderSize = 1.0f;
    style.FrameRounding = 3.0f;
}

bool DeskApp::fontsDirty() const {
    if (m_impl->intake) return m_impl->intake->fontsDirty();
    return m_impl->fonts.body == nullptr || m_impl->fonts.pixels != m_impl->wantedFontPixels();
}

void DeskApp::setClock(const kiosk::Clock& clock) { m_impl->clock = &clock; }

const kiosk::Clock& DeskApp::clock() const { return *m_impl->clock; }

void DeskApp::frame(Clock::time_point now) { m_impl->frame(now); }

std::optional<DeskApp::Clock::time_point> DeskApp::nextWakeup() const {
    if (m_impl->intake) return m_impl->intake->nextWakeup();
    // The due dates change colour at midnight; answers from the portal wake the loop themselves.
    const auto local = m_impl->clock->localNow();
    const auto midnight = std::chrono::floor<std::chrono::days>(local) + std::chrono::days{1};
    const auto atMidnight = m_impl->lastNow + (midnight - local);
    // The help calls are asked for again every few seconds while the list is shown.
    return m_impl->state.signedIn ? std::min(atMidnight, m_impl->helpCalls.nextPoll()) : atMidnight;
}

void DeskApp::setWake(std::function<void()> wake) {
    m_impl->wake = wake;
    m_impl->staff.setWake(std::move(wake));
}

void DeskApp::noteActivity(Clock::time_point now) {
    if (m_impl->intake) m_impl->intake->noteActivity(now);
}

void DeskApp::noteEnter() {
    if (m_impl->intake) m_impl->intake->noteEnter();
    else m_impl->state.enter = true;
}

void DeskApp::setIntake(std::function<std::unique_ptr<KioskApp>()> open) { m_impl->openIntake = std::move(open); }

const KioskApp* DeskApp::intake() const { return m_impl->intake.get(); }

bool DeskApp::quitRequested() const { return false; }

void DeskApp::setStaffSignIn(core::StaffDirectory* staffList, core::StaffLockout lockout) {
    m_impl->staffList = staffList;
    m_impl->lockout = std::move(lockout);
    m_impl->state.signedIn = false;
}

void DeskApp::setReportFolder(std::filesystem::path folder) { m_impl->reportFolder = std::move(folder); }

void DeskApp::setAuditLog(core::AuditLog* log) { m_impl->audit = log; }

const WidgetRegistry& DeskApp::widgets() const { return m_impl->intake ? m_impl->intake->widgets() : m_impl->registry; }

int DeskApp::pendingCalls() const { return m_impl->staff.pending(); }

}  // namespace kiosk::ui

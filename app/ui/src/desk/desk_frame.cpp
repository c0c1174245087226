// One frame of the desk: the portal's answers taken, the sign-in or the list and its panels
// drawn, and what the officer asked for done (desk_app_impl.hpp).
#include <imgui.h>

#include "desk_app_impl.hpp"

namespace kiosk::ui {

using namespace desk_view;

namespace {

std::chrono::sys_days toSysDays(std::chrono::year_month_day day) { return std::chrono::sys_days(day); }

}  // namespace

void DeskApp::Impl::frame(DeskApp::Clock::time_point now) {
    lastNow = now;
    if (intake) {
        // The intake's keys are its own (desk/desk_keys.hpp); ImGui's navigation would press twice.
        ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
        takeAnswers();
        intakeFrame(now);
        return;
    }
    if (!started) {
        started = true;
        if (state.signedIn) staff.refresh(today());
        const auto ymd = clock->today();
        state.periodFirst = desk::formatLocalDate(toSysDays(ymd.year() / ymd.month() / std::chrono::day{1}));
        state.periodLast = desk::formatLocalDate(toSysDays(ymd));
    }
    takeAnswers();
    helpCalls.poll(staff, state, now);
    list->setToday(today(), config->calendar);
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    registry.clear();
    const Strings strings(config->locales, forms::Lang::Vi);
    Requests requests;
    View view{*config,         fonts,       strings, registry, *list, state, requests, operatorId, lockout.has_value(),
              staff.pending(), fonts.pixels};
    view.intakeOffered = static_cast<bool>(openIntake);
    view.localNow = clock->localNow();

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("desk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (fonts.body) ImGui::PushFont(fonts.body);
    if (!state.signedIn) {
        drawSignIn(view);
    } else {
        drawDesk(view);
    }
    if (fonts.body) ImGui::PopFont();
    ImGui::End();
    state.enter = false;

    if (requests.signIn) signIn();
    if (requests.signOut) signOut();
    if (requests.refresh) staff.refresh(today());
    if (requests.send) send(std::move(*requests.send));
    if (requests.computeFigures) computeFigures();
    if ((requests.exportCsv || requests.exportPdf) && state.figures) exportReport(requests.exportPdf);
    if (requests.intake) startIntake();
    if (!requests.answerHelpCall.empty()) HelpCallDesk::answer(staff, state, requests.answerHelpCall, auditAction());
}

void DeskApp::Impl::drawDesk(View& view) {
    const ImGuiIO& io = ImGui::GetIO();
    drawToolbar(view);
    ImGui::Separator();
    drawHelpCalls(view);
    if (state.panel == Panel::Filings) {
        const float detailWidth = std::max(io.DisplaySize.x * 0.27f, view.em * 22.0f);
        ImGui::BeginChild("desk.list", ImVec2(io.DisplaySize.x - detailWidth - view.em * 2.0f, 0.0f));
        drawFilingTable(view, ImGui::GetContentRegionAvail().y);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("desk.detail", ImVec2(0.0f, 0.0f), true);
        ImGui::PushTextWrapPos(0.0f);
        drawFilingDetail(view);
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    } else {
        drawIndicators(view);
    }
}

}  // namespace kiosk::ui

// "Người dân cần hỗ trợ": the open help calls from the commune's kiosks, above the desk's panels,
// each with the kiosk, where the citizen was, when they called and how long they have waited, and
// "Đã đến hỗ trợ" to mark it answered (desk_app.cpp audits and sends it).
#include "desk_view.hpp"
#include "kiosk/desk/help_call.hpp"

namespace kiosk::ui::desk_view {
namespace {

// Rows shown before "và N lời gọi nữa": the filings below must stay in sight.
constexpr size_t kRowsShown = 6;

// Where the citizen was, in words; a screen the desk's words do not know is shown by its name.
std::string screenWords(const View& v, const std::string& screen) {
    if (screen.empty()) return v.t("desk.help_calls.screen_unknown");
    const std::string key = "desk.help_calls.screen." + screen;
    const std::string words = v.t(key);
    return words == key ? screen : words;
}

std::string rowText(const View& v, const desk::HelpCall& call) {
    const auto called = desk::calledAt(call);
    if (!called) {
        return v.fmt("desk.help_calls.row_untimed", {{"kiosk", call.kioskId}, {"screen", screenWords(v, call.screen)}});
    }
    const long minutes = desk::minutesWaiting(*called, v.localNow);
    const std::string waited = minutes == 0 ? v.t("desk.help_calls.waited_now")
                                            : v.fmt("desk.help_calls.waited", {{"minutes", std::to_string(minutes)}});
    return v.fmt("desk.help_calls.row", {{"kiosk", call.kioskId},
                                         {"screen", screenWords(v, call.screen)},
                                         {"time", desk::clockTime(*called)},
                                         {"waited", waited}});
}

}  // namespace

void drawHelpCalls(View& v) {
    const auto& calls = v.state.helpCalls;
    if (calls.empty() && v.state.helpCallsProblem.empty()) return;
    const ImVec4 amber(0.6f, 0.3f, 0.0f, 1.0f);
    const ImVec4 red(0.75f, 0.05f, 0.05f, 1.0f);
    if (!calls.empty()) {
        ImGui::PushFont(v.fonts.bold);
        text(v, "desk.help_calls.title", v.fmt("desk.help_calls.title", {{"count", std::to_string(calls.size())}}),
             &amber);
        ImGui::PopFont();
    }
    for (size_t i = 0; i < calls.size() && i < kRowsShown; ++i) {
        const auto& call = calls[i];
        const std::string id = "desk.help_call." + call.id;
        // The button first, so the buttons stand in one column whatever the rows say.
        const bool answering = v.state.answeringHelpCalls.count(call.id) > 0;
        if (button(v, id + ".answer", v.t(answering ? "desk.help_calls.answering" : "desk.help_calls.answer"),
                   !answering)) {
            v.requests.answerHelpCall = call.id;
        }
        ImGui::SameLine(0.0f, v.em);
        ImGui::AlignTextToFramePadding();
        text(v, id, rowText(v, call));
    }
    if (calls.size() > kRowsShown) {
        text(v, "desk.help_calls.more",
             v.fmt("desk.help_calls.more", {{"count", std::to_string(calls.size() - kRowsShown)}}));
    }
    if (!v.state.helpCallsProblem.empty()) text(v, "desk.help_calls.problem", v.state.helpCallsProblem, &red);
    ImGui::Separator();
}

}  // namespace kiosk::ui::desk_view

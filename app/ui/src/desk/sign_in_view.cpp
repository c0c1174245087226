// The desk's sign-in: until its officer's PIN (checked against the staff list, as on the kiosk's
// staff screen) is entered, the desk shows nothing of the commune's filings and fetches nothing.
#include "desk_view.hpp"

namespace kiosk::ui::desk_view {

void drawSignIn(View& v) {
    ImGui::PushFont(v.fonts.bold);
    text(v, "desk.signin.title", v.t("desk.signin.title"));
    ImGui::PopFont();
    text(v, "desk.signin.operator", v.fmt("desk.operator", {{"id", v.operatorId}}));
    ImGui::Spacing();
    ImGui::TextUnformatted(v.t("desk.signin.pin").c_str());
    ImGui::PushID("desk.signin.pin");
    ImGui::PushID(v.state.pinAttempt);
    if (v.state.focusPin) ImGui::SetKeyboardFocusHere();
    v.state.focusPin = false;
    ImGui::SetNextItemWidth(v.em * 10.0f);
    ImGui::InputText("##pin", v.state.pin.data(), v.state.pin.size(),
                     ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
    ImGui::PopID();
    ImGui::PopID();
    const ImDrawList* dl = ImGui::GetWindowDrawList();
    WidgetInfo box{"desk.signin.pin",       WidgetKind::TextBox,  v.t("desk.signin.pin"), ImGui::GetItemRectMin(),
                   ImGui::GetItemRectMax(), dl->GetClipRectMin(), dl->GetClipRectMax(),   true};
    box.focused = ImGui::IsItemActive();
    v.registry.add(std::move(box));
    if (button(v, "desk.signin.ok", v.t("desk.signin.ok")) || v.state.enter) v.requests.signIn = true;
    if (!v.state.signInProblem.empty()) {
        const ImVec4 red(0.75f, 0.05f, 0.05f, 1.0f);
        text(v, "desk.signin.problem", v.state.signInProblem, &red);
    }
}

}  // namespace kiosk::ui::desk_view

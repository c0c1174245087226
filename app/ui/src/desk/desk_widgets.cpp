// The desk's few widgets: ImGui's own (so its keyboard navigation works: Tab and Shift+Tab
// between text boxes, arrows and Enter or Space on buttons), each recorded under a stable ID.
#include "desk_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace kiosk::ui::desk_view {
namespace {

void record(View& v, const std::string& id, WidgetKind kind, const std::string& label, bool enabled,
            bool checked = false, bool focused = false) {
    const ImDrawList* dl = ImGui::GetWindowDrawList();
    WidgetInfo info{id,
                    kind,
                    label,
                    ImGui::GetItemRectMin(),
                    ImGui::GetItemRectMax(),
                    dl->GetClipRectMin(),
                    dl->GetClipRectMax(),
                    enabled};
    info.checked = checked;
    info.focused = focused;
    v.registry.add(std::move(info));
}

}  // namespace

std::string View::serviceName(const std::string& code) const {
    for (const auto& service : config.services) {
        if (service.code == code) return strings.text(service.name);
    }
    return code;
}

std::string View::documentName(const std::string& serviceCode, const std::string& slotId) const {
    for (const auto& service : config.services) {
        if (service.code != serviceCode) continue;
        for (const auto& document : service.documents) {
            if (document.id == slotId) return strings.text(document.name);
        }
    }
    return slotId;
}

bool button(View& v, const std::string& id, const std::string& label, bool enabled) {
    ImGui::PushID(id.c_str());
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label.c_str());
    if (!enabled) ImGui::EndDisabled();
    ImGui::PopID();
    record(v, id, WidgetKind::Button, label, enabled);
    return pressed && enabled;
}

bool checkbox(View& v, const std::string& id, const std::string& label, bool& value) {
    ImGui::PushID(id.c_str());
    const bool changed = ImGui::Checkbox(label.c_str(), &value);
    ImGui::PopID();
    record(v, id, WidgetKind::Option, label, true, value);
    return changed;
}

bool textBox(View& v, const std::string& id, const std::string& label, std::string& value, int lines, bool focus,
             float width) {
    ImGui::TextUnformatted(label.c_str());
    ImGui::PushID(id.c_str());
    if (focus) ImGui::SetKeyboardFocusHere();
    const float w = width > 0.0f ? width : -1.0f;
    ImGui::SetNextItemWidth(w);
    const bool changed = lines > 1 ? ImGui::InputTextMultiline("##text", &value,
                                                               ImVec2(w, v.em * 1.4f * static_cast<float>(lines)))
                                   : ImGui::InputText("##text", &value);
    const bool active = ImGui::IsItemActive();
    ImGui::PopID();
    record(v, id, WidgetKind::TextBox, label, true, false, active);
    return changed;
}

void text(View& v, const std::string& id, const std::string& value, const ImVec4* colour) {
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
    ImGui::TextUnformatted(value.c_str());
    if (colour) ImGui::PopStyleColor();
    if (!id.empty()) record(v, id, WidgetKind::Text, value, true);
}

ImVec4 dueColour(const desk::DueState& due) {
    using Kind = desk::DueState::Kind;
    switch (due.kind) {
        case Kind::OnTime: return ImVec4(0.05f, 0.45f, 0.15f, 1.0f);     // green
        case Kind::DueToday: return ImVec4(0.65f, 0.35f, 0.0f, 1.0f);    // amber
        case Kind::Late: return ImVec4(0.75f, 0.05f, 0.05f, 1.0f);       // red
        case Kind::WithCitizen: return ImVec4(0.15f, 0.3f, 0.6f, 1.0f);  // blue
        case Kind::Closed:
        case Kind::NoDueDate: break;
    }
    return ImVec4(0.35f, 0.35f, 0.35f, 1.0f);
}

std::string dueText(const View& v, const desk::FilingRecord& record, const desk::DueState& due) {
    using Kind = desk::DueState::Kind;
    if (!record.dueAt) return v.t("desk.due.none");
    std::string date = desk::formatLocalDate(desk::dayOf(*record.dueAt));
    switch (due.kind) {
        case Kind::OnTime: return v.fmt("desk.due.on_time", {{"date", date}});
        case Kind::DueToday: return v.fmt("desk.due.today", {{"date", date}});
        case Kind::Late: return v.fmt("desk.due.late", {{"date", date}, {"days", std::to_string(due.lateWorkingDays)}});
        case Kind::WithCitizen: return v.fmt("desk.due.with_citizen", {{"date", date}});
        case Kind::Closed:
        case Kind::NoDueDate: break;
    }
    return date;
}

std::string statusText(const View& v, const std::string& status) {
    static const char* const kKnown[] = {
        "submitted",         "accepted",  "refused", "processing", "supplement_requested",
        "payment_requested", "withdrawn", "stopped", "approved",   "result_returned"};
    for (const char* known : kKnown) {
        if (status == known) return v.t("desk.status." + status);
    }
    return v.t("desk.status.unknown");
}

}  // namespace kiosk::ui::desk_view

// The desk's top bar and the list of the commune's filings. The list may hold tens of thousands
// of filings: only the rows on screen are drawn (ImGuiListClipper), and the rows each filter
// shows were worked out when the list arrived (desk::FilingList), so a frame costs the same
// whatever the list's length.
#include "desk_view.hpp"

namespace kiosk::ui::desk_view {
namespace {

const char* filterKey(desk::Filter filter) {
    switch (filter) {
        case desk::Filter::All: return "all";
        case desk::Filter::NeedsCitizen: return "needs_citizen";
        case desk::Filter::ResultsToHandBack: return "results_to_hand_back";
        case desk::Filter::Late: return "late";
        case desk::Filter::DueToday: return "due_today";
    }
    return "all";
}

std::string channelText(const View& v, desk::Channel channel) {
    switch (channel) {
        case desk::Channel::Kiosk: return v.t("desk.channel.kiosk");
        case desk::Channel::KioskAssisted: return v.t("desk.channel.kiosk_assisted");
        case desk::Channel::Desk: return v.t("desk.channel.desk");
    }
    return {};
}

}  // namespace

void drawToolbar(View& v) {
    ImGui::PushFont(v.fonts.bold);
    text(v, "desk.title", v.t("desk.title"));
    ImGui::PopFont();
    ImGui::SameLine();
    text(v, "desk.operator", v.fmt("desk.operator", {{"id", v.operatorId}}));
    ImGui::SameLine(0.0f, v.em * 2.0f);
    if (button(v, "desk.refresh", v.t("desk.refresh"), v.pendingCalls == 0)) {
        v.requests.refresh = true;
    }
    if (v.intakeOffered) {
        ImGui::SameLine();
        if (button(v, "desk.intake", v.t("desk.intake"))) v.requests.intake = true;
    }
    ImGui::SameLine();
    const bool onFilings = v.state.panel == Panel::Filings;
    if (button(v, "desk.panel.filings", v.t("desk.panel.filings"), !onFilings)) v.state.panel = Panel::Filings;
    ImGui::SameLine();
    if (button(v, "desk.panel.indicators", v.t("desk.panel.indicators"), onFilings)) {
        v.state.panel = Panel::Indicators;
        v.requests.computeFigures = true;
    }
    if (v.gated) {
        ImGui::SameLine();
        if (button(v, "desk.signout", v.t("desk.signout"))) v.requests.signOut = true;
    }
    ImGui::SameLine(0.0f, v.em * 2.0f);
    std::string line = v.pendingCalls > 0 ? v.t("desk.working") : v.state.message;
    const ImVec4 red(0.75f, 0.05f, 0.05f, 1.0f);
    text(v, "desk.message", line, v.state.messageIsError && v.pendingCalls == 0 ? &red : nullptr);
}

void drawFilingTable(View& v, float height) {
    for (const desk::Filter filter : desk::kFilters) {
        const std::string key = filterKey(filter);
        const std::string label = v.fmt("desk.filter." + key, {{"count", std::to_string(v.list.rows(filter).size())}});
        if (filter != desk::Filter::All) ImGui::SameLine();
        const bool chosen = v.state.filter == filter;
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(v, "desk.filter." + key, label)) v.state.filter = filter;
        if (chosen) ImGui::PopStyleColor();
        v.registry.back().checked = chosen;
    }
    const auto& rows = v.list.rows(v.state.filter);
    if (rows.empty()) {
        text(v, "desk.empty", v.state.loaded ? v.t("desk.empty") : v.t("desk.loading"));
        return;
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                       ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("desk.filings", 7, kFlags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(v.t("desk.column.code").c_str(), ImGuiTableColumnFlags_WidthFixed, v.em * 11.0f);
    ImGui::TableSetupColumn(v.t("desk.column.procedure").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(v.t("desk.column.applicant").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(v.t("desk.column.channel").c_str(), ImGuiTableColumnFlags_WidthFixed, v.em * 5.5f);
    ImGui::TableSetupColumn(v.t("desk.column.received").c_str(), ImGuiTableColumnFlags_WidthFixed, v.em * 7.5f);
    ImGui::TableSetupColumn(v.t("desk.column.due").c_str(), ImGuiTableColumnFlags_WidthFixed, v.em * 11.5f);
    ImGui::TableSetupColumn(v.t("desk.column.status").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const size_t index = rows[static_cast<size_t>(i)];
            const desk::FilingRecord& r = v.list.record(index);
            const desk::DueState& due = v.list.due(index);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool selected = v.state.selected == r.filingId;
            ImGui::PushID(r.filingId.c_str());
            if (ImGui::Selectable(r.maHoSo.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
                v.state.selected = r.filingId;
                v.state.pending.reset();
            }
            ImGui::PopID();
            const ImDrawList* dl = ImGui::GetWindowDrawList();
            // Recorded as its first cell: the row spans every column, and its middle may fall on a
            // column's border, which resizes the column instead of choosing the row.
            const ImVec2 rowMin = ImGui::GetItemRectMin();
            const ImVec2 cellMax(rowMin.x + ImGui::GetColumnWidth(), ImGui::GetItemRectMax().y);
            WidgetInfo info{"desk.row." + r.maHoSo, WidgetKind::Option,   r.maHoSo, rowMin, cellMax,
                            dl->GetClipRectMin(),   dl->GetClipRectMax(), true};
            info.checked = selected;
            v.registry.add(std::move(info));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(v.serviceName(r.serviceCode).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.applicantName.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(channelText(v, r.channel).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.receivedAt ? desk::formatLocalTime(*r.receivedAt).c_str() : "");
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, dueColour(due));
            const std::string dueLabel = dueText(v, r, due);
            ImGui::TextUnformatted(dueLabel.c_str());
            ImGui::PopStyleColor();
            v.registry.add(WidgetInfo{"desk.due." + r.maHoSo, WidgetKind::Text, dueLabel, ImGui::GetItemRectMin(),
                                      ImGui::GetItemRectMax(), dl->GetClipRectMin(), dl->GetClipRectMax(), true});
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(statusText(v, r.status).c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace kiosk::ui::desk_view

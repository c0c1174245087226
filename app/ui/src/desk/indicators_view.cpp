// The commune's indicators for a period staff choose (desk::computeIndicators), with the report
// saved as CSV and as a printable PDF.
#include "desk_view.hpp"

namespace kiosk::ui::desk_view {

void drawIndicators(View& v) {
    ImGui::PushFont(v.fonts.bold);
    text(v, "desk.indicators.title", v.t("desk.indicators.title"));
    ImGui::PopFont();
    ImGui::BeginGroup();
    textBox(v, "desk.period.first", v.t("desk.indicators.first"), v.state.periodFirst, 1, false, v.em * 9.0f);
    ImGui::EndGroup();
    ImGui::SameLine(0.0f, v.em);
    ImGui::BeginGroup();
    textBox(v, "desk.period.last", v.t("desk.indicators.last"), v.state.periodLast, 1, false, v.em * 9.0f);
    ImGui::EndGroup();
    if (button(v, "desk.indicators.compute", v.t("desk.indicators.compute")) || v.state.enter) {
        v.requests.computeFigures = true;
    }
    if (!v.state.figures) return;
    ImGui::Separator();
    if (ImGui::BeginTable("desk.indicators", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH,
                          ImVec2(v.em * 36.0f, 0.0f))) {
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, v.em * 8.0f);
        for (const auto& line : desk::indicatorLines(*v.state.figures)) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(line.label.c_str());
            ImGui::TableNextColumn();
            text(v, "desk.indicator." + line.code, line.value);
        }
        ImGui::EndTable();
    }
    if (button(v, "desk.export.csv", v.t("desk.indicators.csv"))) v.requests.exportCsv = true;
    ImGui::SameLine();
    if (button(v, "desk.export.pdf", v.t("desk.indicators.pdf"))) v.requests.exportPdf = true;
    if (!v.state.savedReport.empty()) {
        text(v, "desk.export.saved", v.fmt("desk.indicators.saved", {{"path", v.state.savedReport}}));
    }
    text(v, "desk.indicators.rules", v.t("desk.indicators.rules"));
}

}  // namespace kiosk::ui::desk_view

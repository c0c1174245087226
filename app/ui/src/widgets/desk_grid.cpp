#include "widgets/desk_grid.hpp"

#include <algorithm>

#include <imgui.h>

#include "widgets/record.hpp"

namespace kiosk::ui {
namespace {

constexpr int kColumns = 2;
constexpr float kMinColumnEm = 24.0f;  // narrower than this, a question reads better full width
constexpr float kSpacingEm = 2.0f;     // between the columns

}  // namespace

DeskGrid::DeskGrid(UiContext& ctx) {
    const Theme& th = ctx.theme;
    m_width = fillWidth();  // the room left here: inside a panel (a repeated item) less than the page
    m_spacing = th.px(kSpacingEm);
    m_columnWidth = (m_width - m_spacing * (kColumns - 1)) / kColumns;
    m_on = ctx.deskIntake && !th.portrait && m_columnWidth >= th.px(kMinColumnEm);
    m_left = ImGui::GetCursorPosX();
}

DeskGrid::~DeskGrid() {
    if (m_on) endRow();
}

void DeskGrid::cell(bool wide) {
    if (!m_on) return;
    endCell();
    if (wide || m_wideRow || m_column + 1 >= kColumns) endRow();
    if (m_column < 0) {
        m_rowTop = ImGui::GetCursorPosY();
        m_rowBottom = m_rowTop;
    }
    ++m_column;
    m_wideRow = wide;
    const float x = m_left + static_cast<float>(m_column) * (m_columnWidth + m_spacing);
    ImGui::SetCursorPos(ImVec2(x, m_rowTop));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(x + (wide ? m_width : m_columnWidth));
    m_open = true;
}

void DeskGrid::endCell() {
    if (!m_open) return;
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    m_rowBottom = std::max(m_rowBottom, ImGui::GetCursorPosY());
    m_open = false;
}

void DeskGrid::endRow() {
    endCell();
    if (m_column < 0) return;
    ImGui::SetCursorPos(ImVec2(m_left, m_rowBottom));
    m_column = -1;
    m_wideRow = false;
}

}  // namespace kiosk::ui

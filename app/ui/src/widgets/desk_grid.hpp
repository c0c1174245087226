#pragma once
// The desk's intake is read on a wide desk monitor: a page's questions sit side by side in two
// columns, in reading order (left, right, then the next row), which is also the order Tab takes.
// At a kiosk, or where the content is too narrow for two, it does nothing: one question under
// the other, as ever.
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

class DeskGrid {
public:
    explicit DeskGrid(UiContext& ctx);
    ~DeskGrid();
    DeskGrid(const DeskGrid&) = delete;
    DeskGrid& operator=(const DeskGrid&) = delete;

    // What is drawn next goes into the next cell; `wide`: into a row of its own, the full width
    // (a document slot with its pages, a signature, a note of several lines, a paragraph).
    void cell(bool wide = false);

private:
    void endCell();
    void endRow();

    bool m_on = false;
    float m_left = 0.0f, m_width = 0.0f, m_columnWidth = 0.0f, m_spacing = 0.0f;
    int m_column = -1;  // the cell open in the row; -1 before the row's first
    bool m_wideRow = false;
    bool m_open = false;
    float m_rowTop = 0.0f, m_rowBottom = 0.0f;
};

}  // namespace kiosk::ui

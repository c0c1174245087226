#include "kiosk/ui/widget_registry.hpp"

#include <algorithm>

namespace kiosk::ui {

bool WidgetInfo::reachable() const {
    const ImVec2 c = centre();
    return c.x >= clipMin.x && c.x < clipMax.x && c.y >= clipMin.y && c.y < clipMax.y;
}

void WidgetRegistry::clear() {
    m_widgets.clear();
    m_duplicates.clear();
    m_spoken.clear();
}

void WidgetRegistry::add(WidgetInfo info) {
    if (find(info.id) != nullptr) m_duplicates.push_back(info.id);
    m_widgets.push_back(std::move(info));
}

const WidgetInfo* WidgetRegistry::find(std::string_view id) const {
    const auto it = std::find_if(m_widgets.begin(), m_widgets.end(),
                                 [&](const WidgetInfo& w) { return w.id == id; });
    return it == m_widgets.end() ? nullptr : &*it;
}

void WidgetRegistry::markTouchOnly(std::string_view id) {
    for (auto& w : m_widgets) {
        if (w.id == id) w.touchOnly = true;
    }
}

}  // namespace kiosk::ui

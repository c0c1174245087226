#pragma once
// Registering widgets drawn with ImGui's own items (shared by the widgets in this folder).
#include <string>
#include <string_view>

#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// Records a widget at `min`..`max`, clipped by the current window's visible area.
void record(UiContext& ctx, std::string_view id, WidgetKind kind, const std::string& label,
            ImVec2 min, ImVec2 max, bool enabled = true);

// The width from the cursor to the current text-wrap edge (or the window's edge).
float fillWidth();

}  // namespace kiosk::ui

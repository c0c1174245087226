#include "desk_keys.hpp"

#include <imgui.h>

#include <string_view>
#include <vector>

namespace kiosk::ui {
namespace {

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

// What Tab stops on: the screen's boxes, options and buttons, in drawing order. The toolbar
// (language, text size) stays with the mouse: it is not part of the filing; a widget only a
// touch may press (WidgetInfo::touchOnly) is not a stop either, nor Enter's main button.
std::vector<const WidgetInfo*> stops(const WidgetRegistry& drawn) {
    std::vector<const WidgetInfo*> out;
    for (const auto& w : drawn.all()) {
        const bool interactive = w.kind == WidgetKind::Button || w.kind == WidgetKind::TextBox ||
                                 w.kind == WidgetKind::Option;
        if (interactive && w.enabled && !w.touchOnly && std::string_view(w.id).rfind("toolbar.", 0) != 0) {
            out.push_back(&w);
        }
    }
    return out;
}

// Where the keyboard is: the box typing, else the highlighted widget; -1 for neither.
int current(const std::vector<const WidgetInfo*>& list, const UiState& ui) {
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i]->kind == WidgetKind::TextBox && list[i]->focused && ui.focus) return static_cast<int>(i);
    }
    for (size_t i = 0; i < list.size(); ++i) {
        if (!ui.keyCursor.empty() && list[i]->id == ui.keyCursor) return static_cast<int>(i);
    }
    return -1;
}

// The last main button drawn: the bottom bar's (Tiếp tục, Gửi hồ sơ, Xong), drawn after the page.
const WidgetInfo* mainButton(const std::vector<const WidgetInfo*>& list) {
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if ((*it)->primary) return *it;
    }
    return nullptr;
}

bool clickedBox(const WidgetRegistry& drawn) {
    const ImVec2 at = ImGui::GetIO().MousePos;
    for (const auto& w : drawn.all()) {
        const bool inside = at.x >= w.min.x && at.x < w.max.x && at.y >= w.min.y && at.y < w.max.y;
        if (inside && w.kind == WidgetKind::TextBox) return true;
    }
    return false;
}

void highlight(const WidgetInfo& w, UiState& ui) {
    ui.keyCursor = w.id;
    ui.keyCursorMoved = true;
    if (w.kind == WidgetKind::TextBox) {
        ui.keyPress = w.id;  // a box takes the keyboard as when clicked
    } else {
        ui.focus.reset();  // typing stops; Enter or Space now press the widget
    }
}

void press(const WidgetInfo* w, UiState& ui) {
    ui.focus.reset();
    ui.keyCursor.clear();
    if (w != nullptr) ui.keyPress = w->id;
}

}  // namespace

DeskKeys readDeskKeys(bool enterNoted) {
    const ImGuiIO& io = ImGui::GetIO();
    DeskKeys keys;
    const bool tab = keyPressed(ImGuiKey_Tab);
    keys.tab = tab && !io.KeyShift;
    keys.backTab = tab && io.KeyShift;
    keys.enter = enterNoted || keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter);
    keys.space = keyPressed(ImGuiKey_Space);
    keys.escape = keyPressed(ImGuiKey_Escape);
    keys.click = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    return keys;
}

void applyDeskKeys(const DeskKeys& keys, const WidgetRegistry& drawn, UiState& ui) {
    if (keys.click) {
        // The officer clicked: the highlight goes, and a click anywhere but on a box leaves the
        // box typing (so Enter then means the screen's main button, not the next box).
        ui.keyCursor.clear();
        if (!clickedBox(drawn)) ui.focus.reset();
    }
    const auto list = stops(drawn);
    if (list.empty()) return;
    const int at = current(list, ui);
    const int count = static_cast<int>(list.size());
    if (keys.tab || keys.backTab) {
        const int next = keys.tab ? (at + 1) % count : (at <= 0 ? count - 1 : at - 1);
        highlight(*list[static_cast<size_t>(next)], ui);
        return;
    }
    if (keys.escape) {
        const WidgetInfo* back = drawn.find("nav.back");
        press(back != nullptr && back->enabled ? back : nullptr, ui);
        return;
    }
    const WidgetInfo* here = at >= 0 ? list[static_cast<size_t>(at)] : nullptr;
    const bool typing = here != nullptr && here->kind == WidgetKind::TextBox && ui.focus;
    if (keys.space && here != nullptr && !typing) {
        press(here, ui);
        ui.keyCursor = here->id;  // an option pressed stays highlighted
        return;
    }
    if (!keys.enter) return;
    if (typing) {
        for (int i = at + 1; i < count; ++i) {
            if (list[static_cast<size_t>(i)]->kind == WidgetKind::TextBox) {
                highlight(*list[static_cast<size_t>(i)], ui);
                return;
            }
        }
        press(mainButton(list), ui);
        return;
    }
    if (here != nullptr) {
        press(here, ui);
        ui.keyCursor = here->id;
        return;
    }
    press(mainButton(list), ui);
}

void focusFirstEmptyBox(const WidgetRegistry& drawn, UiState& ui) {
    ui.focusFirstBox = false;
    if (ui.focus) return;
    for (const WidgetInfo* w : stops(drawn)) {
        if (w->kind == WidgetKind::TextBox && w->label.empty()) {
            highlight(*w, ui);
            return;
        }
    }
}

}  // namespace kiosk::ui

#pragma once
// Every interactive widget drawn this frame, by stable string ID: tests find and press widgets
// by ID (never by coordinates), and the accessibility checks read sizes and overlaps from here.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kiosk::ui {

enum class WidgetKind { Button, TextBox, Option, Key, SignaturePad, Text, Image };

struct WidgetInfo {
    std::string id;
    WidgetKind kind = WidgetKind::Button;
    std::string label;  // what the widget says (for a text item: the text itself)
    ImVec2 min, max;    // screen rectangle
    ImVec2 clipMin, clipMax;  // the visible part of the scroll area it sits in
    bool enabled = true;
    bool checked = false;  // a chosen option
    bool focused = false;  // a text box the keyboard types into (its caret is drawn)
    bool primary = false;  // a screen's main button (Enter presses the last one drawn at the desk)
    // Pressed only by a touch on the screen, never by the desk's keys: "Tôi đồng ý" while a staff
    // member helps, since agreeing is the citizen's own act (the staff member has the keyboard).
    bool touchOnly = false;

    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
    // True when the centre is inside the visible area, so a finger can reach it.
    bool reachable() const;
};

class WidgetRegistry {
public:
    // Starts a new frame: widgets of the last frame are forgotten.
    void clear();
    // Records a widget drawn this frame; a second widget with the same ID is noted as a clash.
    void add(WidgetInfo info);

    const WidgetInfo* find(std::string_view id) const;
    // Marks the widget `id` drawn this frame as WidgetInfo::touchOnly (nothing when not drawn).
    void markTouchOnly(std::string_view id);
    // The widget added last, so a compound widget can refine what its parts recorded.
    WidgetInfo& back() { return m_widgets.back(); }
    const std::vector<WidgetInfo>& all() const { return m_widgets; }
    // IDs drawn more than once this frame (a bug: tests could not tell them apart).
    const std::vector<std::string>& duplicates() const { return m_duplicates; }

    // Records a text the screen showed (title, question, help, error), for read-aloud.
    void addSpoken(std::string text) { m_spoken.push_back(std::move(text)); }
    // The texts shown this frame, in the order they were drawn.
    const std::vector<std::string>& spoken() const { return m_spoken; }

private:
    std::vector<WidgetInfo> m_widgets;
    std::vector<std::string> m_duplicates;
    std::vector<std::string> m_spoken;
};

}  // namespace kiosk::ui

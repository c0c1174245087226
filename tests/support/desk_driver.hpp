#pragma once
// Drives ui::DeskApp headlessly, as UiDriver drives the kiosk: a real ImGui context and font
// atlas, no window and no GL; widgets are pressed by their IDs with the mouse, text is typed on
// the physical keyboard. The desk's portal calls run on its real worker: waitForPortal() draws
// frames until every call has been answered.
#include <memory>
#include <string>
#include <string_view>

#include <imgui.h>

#include "kiosk/ui/desk_app.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace kiosk::test {

class DeskDriver {
public:
    DeskDriver(std::shared_ptr<const config::Config> config, std::unique_ptr<desk::StaffPortal> portal,
               std::string operatorId, ImVec2 display = ImVec2(1920, 1080));
    ~DeskDriver();
    DeskDriver(const DeskDriver&) = delete;
    DeskDriver& operator=(const DeskDriver&) = delete;

    void frame();
    // Frames until the portal has answered every call (fails the test after 20 s).
    void waitForPortal();
    const ui::WidgetInfo* find(std::string_view id) const;
    bool has(std::string_view id) const { return find(id) != nullptr; }
    // The widget's label; throws when it is not on screen.
    std::string label(std::string_view id) const;
    // Moves the mouse to the widget and clicks it; throws when it is missing or disabled.
    void click(std::string_view id);
    // Types into the box that has the keyboard.
    void type(std::string_view text);
    // Enter on the physical keyboard.
    void enter();
    // One key of the physical keyboard (Tab, Space, Escape...), with Shift held when `shift`.
    void press(ImGuiKey key, bool shift = false);
    // `text` and then `key` arriving in one frame, as from a fast typist or a reader that types a
    // value and then Enter (the key counts as a step, the text does not).
    void typeThenPress(std::string_view text, ImGuiKey key, bool shift = false);
    // Clicks, Enters and keys pressed so far (typed text is not counted): what a desk task costs.
    int steps() const { return m_steps; }

    std::string dump() const;
    // No widget ID was drawn twice in the last frame.
    bool duplicateFree() const { return m_app->widgets().duplicates().empty(); }
    ui::DeskApp& app() { return *m_app; }

private:
    ImGuiContext* m_context = nullptr;
    std::unique_ptr<ui::DeskApp> m_app;
    ImVec2 m_display;
    int m_steps = 0;
};

}  // namespace kiosk::test

#pragma once
// Drives KioskApp headlessly: a real ImGui context and font atlas, no window and no GL. Tests
// press widgets by their stable IDs (never by coordinates), the way a finger would: the pointer
// moves to the widget's centre, goes down for a frame and comes up. Time is a fake clock.
#include <chrono>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <imgui.h>

#include "kiosk/base/clock.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/ui/kiosk_app.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace kiosk::test {

// What a citizen's fingers did: each tap on a widget, each on-screen key, and each scroll
// gesture needed to bring a widget into reach (one per ~¾ of the visible body travelled).
struct Touches {
    int taps = 0;
    int keys = 0;
    int scrolls = 0;
    int total() const { return taps + keys + scrolls; }
};

class UiDriver {
public:
    using Clock = ui::KioskApp::Clock;

    UiDriver(std::shared_ptr<const config::Config> config, core::FilingStore& store,
             ImVec2 display = ImVec2(1920, 1080));
    ~UiDriver();
    UiDriver(const UiDriver&) = delete;
    UiDriver& operator=(const UiDriver&) = delete;

    // The app's clock: steady time starts far from the real one, the date is today's; a test
    // may set another date (clock().setLocal) and the flow and screens follow it.
    ManualClock& clock() { return m_clock; }

    // Draws one frame; the fake clock moves on by one frame (50 ms).
    void frame();
    // Draws one frame and leaves the fake clock where it is: for waiting on a real worker (the
    // PIN check), whose real time must not move the test's clock by a number of frames that
    // depends on how busy the machine is.
    void frameInPlace();
    // Moves the fake clock without input, then draws a frame (what the runner's wake-up does).
    void wait(std::chrono::milliseconds duration);

    // The widget drawn last frame with this ID, or nullptr.
    const ui::WidgetInfo* find(std::string_view id) const;
    bool has(std::string_view id) const { return find(id) != nullptr; }
    // The label (or text) of a widget; throws when it is not on screen.
    std::string label(std::string_view id) const;

    // Scrolls the widget into reach if needed, then taps it. Throws when it is missing or
    // disabled, listing what is on screen.
    void click(std::string_view id);
    // Types on the physical keyboard into the box that has the keyboard.
    void type(std::string_view text);
    // Taps the box, types `text` and closes the keyboard.
    void fill(std::string_view id, std::string_view text);
    // One key of a physical keyboard (Tab, Enter, Space, Escape...), Shift held when `shift`: what
    // a staff member helping at the kiosk presses (desk/desk_keys.hpp). Enter is also reported
    // as the runner reports it (KioskApp::noteEnter).
    void pressKey(ImGuiKey key, bool shift = false);
    // Taps on-screen keys by name ("a", "ê", "tone.nang", "space", "done"...).
    void pressKeys(std::initializer_list<std::string_view> keys);
    // Types `text` into the box that has the keyboard, on the on-screen keys, the way a person
    // would: the marked letter keys, each syllable's tone key after it, shift before a capital
    // except the box's first letter (the keyboard capitalises it itself), no key for a date's
    // slashes.
    void typeKeys(std::string_view text);
    // Taps the (empty) box, typeKeys(text), then "Xong".
    void typeOnScreen(std::string_view id, std::string_view text);

    // Everything counted since the driver was made (fill() and type() use the physical keyboard,
    // which a citizen does not have: they count the box and "Xong" only).
    const Touches& touches() const { return m_touches; }
    // Drags across a widget from one point to another, in 0..1 of its rectangle.
    void drag(std::string_view id, ImVec2 from, ImVec2 to);

    // From now on, every pointer move, press, wheel notch and typed text is also written to
    // `path`, one per line, in screen pixels ("move X Y", "down", "up", "wheel +1|-1", "type TEXT",
    // and "shot NAME" from shot()), so tests/ui/window/screen_tour.sh can replay the same walk on
    // the real kiosk in a window and take its screenshots.
    // `append` continues a recording another driver began (one kiosk, several walks).
    void recordTo(const std::string& path, bool append = false);
    // Draws the frames that settle the screen and marks the moment to take a screenshot named
    // `name` in the recording (when there is one).
    void shot(std::string_view name);
    // From now on, a shot named "<prefix>-NN-<screen>" each time a tap brings a new screen or
    // form page (a whole filing photographed without naming every step).
    void shotEachScreen(std::string prefix) { m_shotPrefix = std::move(prefix); }

    // Called after every frame from now on (checks that must hold on every screen the test visits).
    void onEveryFrame(std::function<void(const UiDriver&)> check) { m_check = std::move(check); }

    ui::KioskApp& app() { return *m_app; }
    const ui::KioskApp& app() const { return *m_app; }
    const core::Session& session() const { return m_app->session(); }
    // Every ID drawn last frame, one per line, for failure messages.
    std::string dump() const;
    // IDs that were ever drawn twice in one frame.
    const std::vector<std::string>& duplicateIds() const { return m_duplicates; }

private:
    void draw(std::chrono::milliseconds clockMovesBy);
    void scrollIntoReach(std::string_view id);

    ImGuiContext* m_context = nullptr;
    std::unique_ptr<ui::KioskApp> m_app;
    ImVec2 m_display;
    ManualClock m_clock;
    std::vector<std::string> m_duplicates;
    std::function<void(const UiDriver&)> m_check;
    Touches m_touches;
    std::ofstream m_script;  // see recordTo
    std::string m_shotPrefix;  // see shotEachScreen
    int m_shotCount = 0;
    std::pair<int, int> m_lastShotScreen{-1, -1};
};

}  // namespace kiosk::test

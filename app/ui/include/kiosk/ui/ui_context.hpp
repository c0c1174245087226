#pragma once
// What every screen and widget draws with: a read-only session, the theme and words, the
// widget registry, and the little state that belongs to the screen rather than to the citizen's
// data (which box has the keyboard, which list is open).
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk/core/action.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/ui/fonts.hpp"
#include "kiosk/ui/strings.hpp"
#include "kiosk/ui/theme.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace kiosk::capture {
class IdentityScan;
class DocumentScan;
}

namespace kiosk::ui {

class ReceiptDesk;
class PreviewView;
class PageImages;

// A scanned page the citizen opened large: the slot's answer key and the page, from 0.
struct OpenPage {
    std::string key;
    size_t index = 0;
    bool operator==(const OpenPage&) const = default;
};

// How a text box is typed: the full keyboard (Vietnamese composed by Telex/VNI, or Plain:
// letters as typed and no keys for marks or tones, for codes, e-mail addresses where "ss" or
// "aa" are meant, and the catalogue search, which ignores marks) or the numeric keypad with its
// own rules.
enum class InputKind { Text, Plain, Date, Digits, Phone, Number, Pin };

// True for the kinds typed on the full keyboard.
inline bool usesLetters(InputKind kind) { return kind == InputKind::Text || kind == InputKind::Plain; }

// The box the keyboard writes to; without a target it edits UiState::pickerFilter.
struct Focus {
    std::optional<core::TextTarget> target;
    std::string key;
    InputKind kind = InputKind::Text;
    size_t maxChars = 0;  // 0: no limit
    bool operator==(const Focus&) const = default;
};

// The full-screen list open over a page: an address's province or commune, or the options of a
// long choice list (see choice_picker.cpp).
enum class PickerLevel { None, Province, Commune, Choice };

struct UiState {
    std::optional<Focus> focus;
    std::string pickerKey;  // the address answer key whose list is open
    PickerLevel pickerLevel = PickerLevel::None;
    std::string pickerFilter;
    std::string pickerList;     // PickerLevel::Choice: the choice list's id
    std::string pickerTitle;    // PickerLevel::Choice: the question, as the list's heading
    float returnScrollY = 0.0f;  // where the page was when the picker opened
    int restoreScrollFrames = 0;  // frames left to put the page back there (see ScrollBody)
    std::string scrollTo;   // an answer key to bring into view (from the error summary)
    bool confirmLeave = false;
    bool shift = true;      // one-shot capital; on at the start of a box
    bool caps = false;      // every letter a capital (names are often written so) until off
    std::string strokeKey;  // signature being drawn, in pad units 0..1
    std::vector<ImVec2> stroke;
    bool resetScroll = true;
    bool dragging = false;       // a finger is scrolling the body
    float flickVelocity = 0.0f;  // px/s the body still moves after a flick (see ScrollBody)
    bool scrollToFocus = false;  // bring the box just given the keyboard into view
    bool readAloud = false;  // the citizen asked for read-aloud: new screens are read too
    bool speakNow = false;   // read this screen once it has been drawn
    std::string speakText;   // read this instead, once (a code spelled out); then cleared
    bool touched = false;    // a key, button or box went down this frame (the key click)
    // The staff entrance's hidden corner: taps so far and when the last one came.
    int staffCornerTaps = 0;
    std::chrono::steady_clock::time_point staffCornerLastTap{};
    std::optional<OpenPage> openPage;   // drawn large in its document slot
    std::optional<OpenPage> retaking;   // the page the scan under way replaces ("Chụp lại trang này")
    // The card panel's height while it shows a side, kept while that picture is taken and read:
    // the panel shrinking would scroll a long page (the look-up's) under the citizen's finger.
    float cardPanelHeight = 0.0f;
    // The desk's intake is worked with a physical keyboard (desk_keys.hpp): the widget Tab
    // highlighted, the widget a key presses in this frame (as a click on it would), whether the
    // highlight just moved (it is then scrolled into view), and a new screen whose first empty
    // box takes the keyboard once it has been drawn.
    bool deskKeys = false;  // the desk's intake: no keyboard on screen covers the page
    std::string keyCursor;
    std::string keyPress;
    bool keyCursorMoved = false;
    bool focusFirstBox = false;
};

struct Rect {
    ImVec2 min, max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

// Where the fixed parts of the screen go this frame.
struct Regions {
    Rect toolbar, body, keyboard, nav;
};

struct UiContext {
    const core::Session& session;
    const config::Config& config;
    const Theme& theme;
    const Fonts& fonts;
    const Strings& strings;
    WidgetRegistry& registry;
    UiState& state;
    Regions regions;
    std::chrono::year_month_day today;
    std::chrono::steady_clock::time_point now;  // the frame's time (KioskApp's clock)
    const std::vector<std::string>& configProblems;
    bool staffEnabled = false;
    capture::IdentityScan* scan = nullptr;  // the identity step's card scanner; null without a device
    ReceiptDesk* receipts = nullptr;        // prints (and keeps) receipts off the UI thread
    capture::DocumentScan* documents = nullptr;  // the document slots' page scanner; null without a device
    PreviewView* preview = nullptr;         // shows the camera's live picture (always set by KioskApp)
    PageImages* pageImages = nullptr;       // shows scanned pages (always set by KioskApp)
    std::chrono::local_seconds localNow{};  // the kiosk's local time (the staff keypad's countdown)
    // The one-stop desk's intake (KioskApp::openAsDeskIntake): an officer at a desk monitor with
    // a mouse and a keyboard, named in the desk's header; the layout is compact and wide.
    bool deskIntake = false;
    std::string deskOfficer{};

    std::string t(const std::string& key) const { return strings.get(key); }
    std::string fmt(const std::string& key, Placeholders values) const {
        return strings.format(key, values);
    }
    const std::string& text(const forms::Text& value) const { return strings.text(value); }
    const Palette& colours() const { return *theme.colours; }
};

using MaybeAction = std::optional<core::Action>;

}  // namespace kiosk::ui

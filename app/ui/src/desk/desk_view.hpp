#pragma once
// What the desk's panels draw with (desk_app.cpp ties them together): the list, the state of
// the form that is open, the words, and the widget registry tests press widgets through.
#include <array>
#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk/config/config.hpp"
#include "kiosk/desk/filing_list.hpp"
#include "kiosk/desk/help_call.hpp"
#include "kiosk/desk/indicators.hpp"
#include "kiosk/desk/staff_portal.hpp"
#include "kiosk/ui/fonts.hpp"
#include "kiosk/ui/strings.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace kiosk::ui::desk_view {

// The action staff pressed, waiting for their confirmation, with what it needs.
struct PendingAction {
    std::string filingId;
    std::string maHoSo;
    std::string serviceCode;
    std::string action;
    std::vector<std::string> documentsWanted;  // request_supplement: slot ids ticked
    std::string note;                          // what the citizen reads
    std::string reason;                        // reject
    std::string resultName;                    // return_result
    std::string resultPdf;                     // return_result: a PDF file to attach (optional)
    bool focusFirst = true;                    // put the keyboard in the first field once
};

enum class Panel { Filings, Indicators };

struct DeskState {
    Panel panel = Panel::Filings;
    desk::Filter filter = desk::Filter::All;
    std::string selected;  // filing id
    std::optional<PendingAction> pending;
    std::string message;  // the last outcome, shown in the status line
    bool messageIsError = false;
    bool loaded = false;                  // a list has come at least once
    std::string periodFirst, periodLast;  // the indicators' period as typed (YYYY-MM-DD)
    std::optional<desk::Indicators> figures;
    std::string savedReport;  // the last report saved, shown under the figures
    bool enter = false;       // Enter went down this frame (noteEnter)
    // The sign-in (sign_in_view.cpp): while false the desk shows only the PIN box.
    bool signedIn = true;
    std::array<char, 16> pin{};  // the PIN as typed: a fixed buffer, wiped once checked
    bool focusPin = true;
    int pinAttempt = 0;  // a new box for each attempt: ImGui would otherwise keep the last PIN typed
    std::string signInProblem;
    // Help calls from the kiosks (help_calls_view.cpp): the open ones as last fetched, why they
    // could not be fetched, and those whose "Đã đến hỗ trợ" is on its way to the portal.
    std::vector<desk::HelpCall> helpCalls;
    std::string helpCallsProblem;
    std::set<std::string> answeringHelpCalls;
};

// What the panels ask the app to do.
struct Requests {
    bool signIn = false;
    bool signOut = false;
    bool refresh = false;
    std::optional<PendingAction> send;  // a confirmed action
    bool computeFigures = false;
    bool exportCsv = false;
    bool exportPdf = false;
    bool intake = false;  // "Tiếp nhận hồ sơ": a new filing at the desk
    std::string answerHelpCall;  // "Đã đến hỗ trợ" pressed on this help call
};

struct View {
    const config::Config& config;
    const Fonts& fonts;
    const Strings& strings;
    WidgetRegistry& registry;
    const desk::FilingList& list;
    DeskState& state;
    Requests& requests;
    const std::string& operatorId;
    bool gated = false;  // signed in with the staff PIN: the toolbar offers to sign out
    int pendingCalls = 0;
    float em = 16.0f;  // the body font's size in px
    bool intakeOffered = false;  // the desk can take in filings (DeskApp::setIntake)
    std::chrono::local_seconds localNow{};  // the desk's clock this frame: how long help calls wait

    std::string t(const std::string& key) const { return strings.get(key); }
    std::string fmt(const std::string& key, Placeholders values) const { return strings.format(key, values); }
    // The procedure's name from the catalogue, or its code when this desk's config lacks it.
    std::string serviceName(const std::string& code) const;
    // A document slot of the service's file by its id, as staff read it; the id itself when the
    // file does not name it.
    std::string documentName(const std::string& serviceCode, const std::string& slotId) const;
};

// Widgets that record themselves in the registry under a stable ID.
bool button(View& v, const std::string& id, const std::string& label, bool enabled = true);
bool checkbox(View& v, const std::string& id, const std::string& label, bool& value);
// A one-line (or, with `lines` > 1, multi-line) text box under its label, `width` px wide (the
// rest of the line when 0); returns true when it changed.
bool textBox(View& v, const std::string& id, const std::string& label, std::string& value, int lines = 1,
             bool focus = false, float width = 0.0f);
void text(View& v, const std::string& id, const std::string& value, const ImVec4* colour = nullptr);

// Colours of the due states (readable on the light panel).
ImVec4 dueColour(const desk::DueState& due);
std::string dueText(const View& v, const desk::FilingRecord& record, const desk::DueState& due);
std::string statusText(const View& v, const std::string& status);

void drawSignIn(View& v);
void drawToolbar(View& v);
void drawFilingTable(View& v, float height);
void drawFilingDetail(View& v);
void drawConfirmation(View& v);
void drawIndicators(View& v);
void drawHelpCalls(View& v);

}  // namespace kiosk::ui::desk_view

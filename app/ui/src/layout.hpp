#pragma once
// The fixed frame of every screen: toolbar on top, a scrolling body, the keyboard when a box is
// being typed into, and the Back / Continue bar at the bottom.
#include <string>

#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// Splits the display under a toolbar `toolbarHeight` high (drawToolbar lays itself out first);
// `keyboardHeight` is 0 when no keyboard is open (see keyboard.hpp).
Regions computeRegions(const Theme& theme, float toolbarHeight, float keyboardHeight);

// The scrolling body of a screen, for the lifetime of the object. Content is centred at a
// readable width on wide screens; a finger drag scrolls it.
class ScrollBody {
public:
    explicit ScrollBody(UiContext& ctx);
    ~ScrollBody();
    ScrollBody(const ScrollBody&) = delete;
    ScrollBody& operator=(const ScrollBody&) = delete;

private:
    UiContext& m_ctx;
};

// Width available to content inside the body.
float contentWidth(const UiContext& ctx);

enum class NavChoice { None, Back, Continue };

// The bottom bar; an empty label leaves that button out. IDs "nav.back" and "nav.continue".
// Not drawn while the keyboard is open.
NavChoice navBar(UiContext& ctx, const std::string& backLabel, const std::string& continueLabel,
                 const char* continueId = "nav.continue");

// The bottom bar of a step, as an action: Back, or `onward` for the main button labelled
// `continueLabel`; without a tap, `drawn` (what the page above it returned) is kept.
MaybeAction stepBar(UiContext& ctx, MaybeAction drawn, const std::string& continueLabel,
                    core::Action onward = core::act::Continue{}, const char* continueId = "nav.continue");

// The same bar with two named choices instead of Back: `secondary` on the left, `primary` (the
// main action) on the right; an empty label leaves that button out. Returns Back for the
// secondary, Continue for the primary.
NavChoice choiceBar(UiContext& ctx, const char* secondaryId, const std::string& secondaryLabel,
                    const char* primaryId, const std::string& primaryLabel, bool primaryEnabled = true);

}  // namespace kiosk::ui

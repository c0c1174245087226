// One frame of the kiosk: the workers' results taken, the timers checked, the screen drawn, and
// the action it gave applied (kiosk_app_impl.hpp).
#include <algorithm>

#include <imgui.h>

#include "desk/desk_keys.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/capture/scan_worker.hpp"  // scanners::wipeDocument
#include "kiosk/core/rating.hpp"
#include "kiosk/ui/widgets/keyboard.hpp"
#include "kiosk_app_impl.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {

void KioskApp::Impl::frame(Clock::time_point now) {
    lastNow = now;
    if (settleFrames > 0) --settleFrames;
    collectWork(now);
    const bool changed = statusChanged.exchange(false);
    if (const auto due = statusWakeup(); due && (changed || now >= *due)) refreshStatus(now);
    updateIdleLimits(now);
    auto status = idle.status(now, session.inUse());
    if (status.phase == core::IdlePolicy::Phase::Expired) {
        apply(core::act::Timeout{}, now);
        status = idle.status(now, session.inUse());
    }
    if (const auto due = core::ratingDeadline(session); due && now >= *due) apply(core::act::RatingTimeout{}, now);
    const bool warning = status.phase == core::IdlePolicy::Phase::Warning;
    if (warning && !warningShown && ui.readAloud) ui.speakNow = true;  // the warning reads itself
    warningShown = warning;
    const ImGuiIO& io = ImGui::GetIO();
    const Theme theme = makeTheme(io.DisplaySize, fonts.pixels, session.display.textScale,
                                  session.display.highContrast);
    applyStyle(theme);
    // A new screen's (or list's) first box takes the keyboard once it has been drawn, not
    // on the frame that asked for it, which still drew the one before.
    const bool focusFirstBox = ui.focusFirstBox;
    // The desk's keys act on what the last frame drew.
    const bool deskKeys = keysAtDesk();
    ui.deskKeys = deskKeys;
    keys.setEnterToDesk(deskKeys);
    const std::optional<Focus> typingBefore = ui.focus;  // the box the keys of this frame were typed into
    if (deskKeys && !warning) applyDeskKeys(readDeskKeys(std::exchange(deskEnter, false)), registry, ui);
    registry.clear();
    const Strings strings(session.config->locales, session.lang, deskIntake ? "desk_intake." : "");

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(fonts.body);
    const bool staffEnabled = staffDirectory != nullptr && audit != nullptr;
    UiContext ctx{session, *session.config, theme, fonts,    strings,     registry, ui,
                  {},      clock->today(),  now,   problems, staffEnabled};
    ctx.localNow = clock->localNow();
    ctx.deskIntake = deskIntake;
    ctx.deskOfficer = deskOfficer;
    ctx.scan = effects.scan();
    ctx.receipts = &effects.receipts();
    ctx.documents = effects.documents();
    ctx.preview = &preview;
    ctx.pageImages = &pageImages;
    MaybeAction action = deskIntake ? drawDeskHeader(ctx) : drawToolbar(ctx);
    if (auto leave = drawAssistBanner(ctx)) action = std::move(leave);
    // The desk (and staff helping) type on their own keyboard: no keys on screen; nor while
    // the help call's notice covers the screen.
    const bool helpNotice = session.helpCall && session.helpCall->noticeShown;
    const bool keyboard = ui.focus.has_value() && !warning && !deskKeys && !helpNotice;
    ctx.regions = computeRegions(theme, ctx.regions.toolbar.max.y,
                                 keyboard ? keyboardHeight(theme, ui.focus->kind) : 0.0f);
    MaybeAction screen;
    if (notEnrolled) screen = drawNotEnrolled(ctx);
    else if (warning) screen = drawIdleWarning(ctx, status.secondsLeft);
    else if (helpNotice) screen = drawHelpCallNotice(ctx);
    else if (ui.confirmLeave) screen = drawLeaveConfirm(ctx);
    else if (ui.pickerLevel == PickerLevel::Choice) screen = drawChoicePicker(ctx);
    else if (!ui.pickerKey.empty()) screen = drawAddressPicker(ctx);
    else screen = drawScreen(ctx);
    std::optional<KeyPress> key;
    if (keyboard && ui.focus) key = drawKeyboard(ctx, ui.focus->kind, ctx.regions.keyboard);
    KeyboardInput::Typed typed;
    if (warning) {
        keys.dropEnter();
    } else if (deskKeys && typingBefore && ui.focus != typingBefore) {
        // Letters that came in the same frame as the Tab, Enter or click that moved on were typed
        // into the box that had the keyboard (a fast typist; a reader that types, then Enter).
        std::optional<Focus> movedTo = std::exchange(ui.focus, typingBefore);
        typed = keys.frame(session, ui, key);
        ui.focus = std::move(movedTo);
    } else {
        typed = keys.frame(session, ui, key);
    }
    ImGui::PopFont();
    ImGui::End();
    // The camera runs only while its picture is on screen.
    preview.endFrame(effects.scan() ? effects.scan()->preview() : nullptr);
    pageImages.endFrame();

    // A key pressed a widget in this frame, after part of the screen was drawn: once more, so what
    // it did (a box now typing, with its caret) shows without waiting for the next key.
    if (!ui.keyPress.empty()) settleFrames = std::max(settleFrames, 1);
    ui.keyPress.clear();
    ui.keyCursorMoved = false;
    if (focusFirstBox && ui.focusFirstBox) focusFirstEmptyBox(registry, ui);
    if (ui.touched && keyClick && session.config->kiosk.input.keyClick) keyClick();
    ui.touched = false;
    // Whether the screen acted is kept apart: a moved-from action must not be asked later.
    const bool screenActed = screen.has_value();
    // Text typed in the frame a button was pressed goes in first (at the desk, Enter from the last
    // box presses "Tiếp tục"): what was typed is never dropped for the press.
    if (screenActed && typed.action) apply(*std::exchange(typed.action, std::nullopt), now);
    if (screenActed) action = std::move(screen);
    else if (typed.action) action = std::move(typed.action);
    if (ui.speakNow && !action) {
        readAloud(readAloudText(registry.spoken()), now);
        ui.speakNow = false;
    }
    if (!ui.speakText.empty() && !action) readAloud(std::exchange(ui.speakText, {}), now);
    if (action) apply(*action, now);
    // A passport used lives in the answers alone from now on.
    if (auto* passport = action ? std::get_if<core::act::ApplyPassport>(&*action) : nullptr) {
        scanners::wipeDocument(passport->document);
    }
    if (typed.lookup && !screenActed) apply(core::act::RunLookup{}, now);
    if (typed.prove && !screenActed) apply(core::act::ProveOwnership{}, now);
}

}  // namespace kiosk::ui

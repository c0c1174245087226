#pragma once
// One function per screen: each draws from a read-only session (plus its own UI state) and
// returns what the citizen asked for this frame, if anything.
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

MaybeAction drawToolbar(UiContext& ctx);
// The desk's intake's header in the toolbar's place (desk_header.cpp): the officer and desk PC,
// the keys, and "Về danh sách hồ sơ" (id "toolbar.home", as the kiosk's Home).
MaybeAction drawDeskHeader(UiContext& ctx);
// Under the toolbar while a staff member helps the citizen: who is helping, and "Kết thúc hỗ
// trợ"; it lengthens ctx.regions.toolbar by its height.
MaybeAction drawAssistBanner(UiContext& ctx);
MaybeAction drawHome(UiContext& ctx);
MaybeAction drawCatalogue(UiContext& ctx);
MaybeAction drawServiceInfo(UiContext& ctx);
MaybeAction drawPreQuestions(UiContext& ctx);
MaybeAction drawIdentity(UiContext& ctx);
MaybeAction drawFormPage(UiContext& ctx);
MaybeAction drawCheckAnswers(UiContext& ctx);
MaybeAction drawConsent(UiContext& ctx);
MaybeAction drawSend(UiContext& ctx);
MaybeAction drawReceipt(UiContext& ctx);
// The fee's VietQR, drawn by drawReceipt while session.awaitingPayment.
MaybeAction drawPayment(UiContext& ctx);
// "Bạn có hài lòng không?" after the receipt (core::RatingAsk).
MaybeAction drawRating(UiContext& ctx);
MaybeAction drawLookup(UiContext& ctx);
// "Bổ sung hồ sơ" from the look-up: the slots to scan, the check, and its receipt.
MaybeAction drawSupplement(UiContext& ctx);
MaybeAction drawSupplementCheck(UiContext& ctx);
MaybeAction drawSupplementReceipt(UiContext& ctx);
// "Lấy số thứ tự": the desk's groups, then the ticket (core::QueueVisit).
MaybeAction drawQueue(UiContext& ctx);
MaybeAction drawHelp(UiContext& ctx);
MaybeAction drawStaff(UiContext& ctx);
// Instead of every screen while the kiosk must be enrolled and is not (KioskApp::setNotEnrolled).
MaybeAction drawNotEnrolled(UiContext& ctx);

// Shown instead of the screen while the idle warning runs.
MaybeAction drawIdleWarning(UiContext& ctx, int secondsLeft);
// The province / commune list of an address question (UiState::pickerKey).
MaybeAction drawAddressPicker(UiContext& ctx);
// A long choice list (ethnicity, nationality) with a search box, its likely answers first.
MaybeAction drawChoicePicker(UiContext& ctx);
// After "Gọi cán bộ hỗ trợ", over the screen until closed (core::HelpCall::noticeShown).
MaybeAction drawHelpCallNotice(UiContext& ctx);
// "Về trang đầu" during a filing: asks before the answers are wiped.
MaybeAction drawLeaveConfirm(UiContext& ctx);

// The screen function for the session's current screen.
MaybeAction drawScreen(UiContext& ctx);

}  // namespace kiosk::ui

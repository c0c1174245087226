#pragma once
// The parts of core::apply that need more than a line, split by stage. Internal to kiosk::core.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/flow.hpp"

namespace kiosk::core::detail {

// The staff screen (flow_staff.cpp): opening it shows a lockout still running; unlockStaff is
// true when the operator id and PIN typed go to the sign-in worker (fx::CheckStaffPin), false
// when the lockout refuses them; staffPinChecked counts and records the worker's answer;
// signOutStaff records the sign-out (`why`: "" or "idle") of whoever is signed in.
void openStaff(Session& session, const FlowContext& ctx);
bool unlockStaff(Session& session, const FlowContext& ctx);
void staffPinChecked(Session& session, const act::StaffPinChecked& answer, const FlowContext& ctx);
void signOutStaff(Session& session, const FlowContext& ctx, std::string_view why);
// Appends one staff action to ctx.audit; false (and a line on stderr) when it was not kept.
bool recordStaffAction(const FlowContext& ctx, AuditKind kind, std::string_view operatorId, std::string_view filingId,
                       std::string_view detail);

// Staff helping a citizen at the kiosk (flow_assist.cpp): "Hỗ trợ công dân" on the staff screen
// opened over a filing joins it; Back from that staff screen returns to the filing (false: it
// was opened from the home screen); "Kết thúc hỗ trợ" leaves the citizen alone.
void joinSession(Session& session, const FlowContext& ctx);
bool backToFiling(Session& session, const FlowContext& ctx);
void leaveSession(Session& session, const FlowContext& ctx);
// What only a helper does (flow_assist.cpp): the reason for typing the identity (audited: the
// reason, never the data), "Cán bộ đã xem bản gốc" on a document field (audited: its slot id),
// the identity step's errors with the reason asked while they help and no card was read, and
// the slot ids of the originals seen, for the filing.
void typeIdentityByHand(Session& session, const FlowContext& ctx, const std::string& reason);
void markOriginalSeen(Session& session, const FlowContext& ctx, const std::string& key, bool seen);
std::vector<forms::FieldError> identityErrors(const Session& session, const FlowContext& ctx);
std::vector<std::string> originalsSeenSlots(const Session& session);

// "Gọi cán bộ hỗ trợ" (flow_help_call.cpp): one call a session through ctx.store; pressed again,
// the notice shows again (and a call the outbox could not keep is tried again).
void callStaff(Session& session, const FlowContext& ctx);

// Continue / Back on the filing screens (pre-questions, identity, pages, check answers).
void continueFiling(Session& session, const FlowContext& ctx);
void backFiling(Session& session, const FlowContext& ctx);

// Opens the page (or the pre-questions) holding the first of `errors`; `show` decides whether
// the messages appear at once (after Continue) or only when that page is continued.
void goToErrors(Session& session, std::vector<forms::FieldError> errors, bool show);

// Takes away the messages of fields that are right now, the moment they are (a message that
// stays red after the citizen fixed the box reads as "still wrong"); never adds one.
void dropFixedErrors(Session& session, const FlowContext& ctx);

// The passport slot at answer key `key` on the page on screen (flow_passport.cpp): whether there
// is one, and "Dùng thông tin này" filling that page's from_passport fields from the zone read.
bool passportSlotOnScreen(const Session& session, const std::string& key);
void applyPassport(Session& session, const FlowContext& ctx, const std::string& key,
                   const scanners::TravelDocument& document);

// "Giống địa chỉ của tôi": the address at answer key `to` becomes a copy of the one at `from`.
void copyAddress(Session& session, const std::string& from, const std::string& to);

// "Bạn muốn nhận kết quả thế nào?" on check answers: a way the service allows (post's address
// was taken from the identity step when it was continued).
void chooseDelivery(Session& session, forms::ResultDelivery way);

// Consent, and the one durable step that stores the filing.
void giveConsent(Session& session);
void refuseConsent(Session& session);
void submitFiling(Session& session, const FlowContext& ctx);

// The rating after the receipt (flow_rating.cpp): "Xong" on the receipt asks it (false when
// there is nothing to rate), then faces, reasons, sending, and the time running out.
bool askRating(Session& session, const FlowContext& ctx);
// After a result is handed over: the faces again, for the filing `reference` at the moment "result".
void askResultRating(Session& session, const FlowContext& ctx, const std::string& reference);
void rate(Session& session, const FlowContext& ctx, int score);
void toggleRatingReason(Session& session, const FlowContext& ctx, const std::string& id);
void sendRating(Session& session, const FlowContext& ctx);
void ratingTimedOut(Session& session, const FlowContext& ctx);

// "Lấy số thứ tự" (flow_queue.cpp): the screen opens only with [queue] groups; a group chosen
// asks for a number; the number that came is shown and, with a printer, printed.
void openQueue(Session& session);
void takeTicket(Session& session, const std::string& group, Effects& effects);
void ticketArrived(Session& session, const act::TicketArrived& arrived, Effects& effects);

// The status cache: the receipt's refresh, the fee's payment intent, and the look-up. The fee's
// payment intent still reads the status at once, on the UI thread, after asking for it
// (refreshStatus); the receipt's and the look-up's re-reads and the look-up by code are effects
// (askStatus, runLookup) whose answers statusRead and lookupAnswered take.
void refreshStatus(Session& session, const FlowContext& ctx);
void requestPayment(Session& session, const FlowContext& ctx);
void askStatus(Session& session, const FlowContext& ctx, Effects& effects);
void statusRead(Session& session, const act::StatusRead& read);
void runLookup(Session& session, const FlowContext& ctx, Effects& effects);
void lookupAnswered(Session& session, const FlowContext& ctx, const act::LookupAnswered& answer);

// The proof of ownership (ownership.hpp) for the filing the look-up found: the look-up code
// typed (behind ctx.lookupThrottle), or a card read on the look-up screen. Proven, the full
// status is read into session.lookupResult; refused, session.lookupRefusal says why.
// Takes out (wiping) everything but the status word and the due date: what a look-up shows
// before the owner is proven.
void wipeStatusDetails(FilingStatus& status);
void proveBySecret(Session& session, const FlowContext& ctx);
void proveByCard(Session& session, const FlowContext& ctx, const scanners::Identity& identity);

// "Bổ sung hồ sơ" (flow_supplement.cpp): the draft opened from a proven look-up, a page added
// to or taken from one of its slots (false: the key is not the supplement's), Continue and Back
// between its screens, the one durable step that stores it, and the look-up read again in full
// (the owner is proven) so the screen follows its delivery.
void startSupplement(Session& session, const FlowContext& ctx);
bool addSupplementPage(Session& session, const std::string& key, ScannedPage page, std::optional<size_t> replaces);
bool removeSupplementPage(Session& session, const std::string& key);
void continueSupplement(Session& session);
void backSupplement(Session& session, const FlowContext& ctx);
void submitSupplement(Session& session, const FlowContext& ctx);
// A proven look-up's status read again (at once: a supplement just sent; or as a worker's answer).
void refreshLookup(Session& session, const FlowContext& ctx);
void lookupRefreshed(Session& session, FilingStatus found);

// "In kết quả" (flow_result.cpp).
void printResult(Session& session, Effects& effects);
void resultPrinted(Session& session, const FlowContext& ctx, const act::ResultPrinted& printed);

}  // namespace kiosk::core::detail

#pragma once
// Everything a citizen (or staff member) can ask the kiosk to do: screens return one of these,
// and core::apply turns (session, action) into the next session and the effects it needs.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/document_pages.hpp"
#include "kiosk/core/filing_status.hpp"
#include "kiosk/core/queue_ticket.hpp"
#include "kiosk/core/result_print.hpp"
#include "kiosk/core/staff_sign_in.hpp"
#include "kiosk/forms/model.hpp"
#include "scanners/identity.hpp"
#include "scanners/travel_document.hpp"

namespace kiosk::core {

// Which piece of session text an edit writes to.
enum class TextTarget {
    Answer,         // session.answers[key]
    Identity,       // session.identityInput[key] (the typed identity, see identity_input.hpp)
    Search,         // the catalogue search box
    LookupCode,     // the code typed on the look-up screen
    LookupSecret,   // the receipt's look-up code, typed to see a filing's details
    StaffOperator,  // the operator id typed on the staff screen
    StaffPin,       // the PIN typed on the staff screen
    PostAddress,    // the postal address for a result sent by post (check answers)
};

namespace act {

struct GoHome {};          // "Về trang đầu": ends the session as Finish does
struct OpenCatalogue {};
struct SelectCategory { std::string id; };  // empty: every category
struct ChooseService { std::string id; };
struct StartFiling {};     // from the service page
struct SetText { TextTarget target; std::string key; std::string value; };
// "Giống địa chỉ của tôi": the address answer `to` becomes a copy of the address `from`.
struct CopyAddress { std::string from; std::string to; };
// The identity read by a scanner (or typed by staff elsewhere) fills the identity step; on the
// look-up screen, the card proves (or not) that the filing found is the citizen's.
struct ApplyIdentity { scanners::Identity identity; };
// "Dùng thông tin này" on the passport slot `key` of the page on screen: the zone read fills the
// page's from_passport fields (core/passport.hpp).
struct ApplyPassport {
    std::string key;
    scanners::TravelDocument document;
};
// A page scanned into the Document field at answer key `key` (in place of its page `replaces`,
// counted from 0, when the citizen retook that one), or its last page taken back.
struct AddDocumentPage { std::string key; ScannedPage page; std::optional<size_t> replaces; };
struct RemoveDocumentPage { std::string key; };
struct Continue {};
struct Back {};
struct AddRepeat { std::string pageId; };
struct RemoveRepeat { std::string pageId; int index = 0; };  // index from 1
struct EditPage { int pageIndex = 0; };   // "Sửa" on check answers
struct EditPreQuestions {};
struct EditIdentity {};
// On check answers: how the result is received (one of the service's [result_delivery]).
struct ChooseDelivery {
    forms::ResultDelivery way = forms::ResultDelivery::Desk;
};
struct GiveConsent {};
struct RefuseConsent {};
struct Submit {};
struct Finish {};          // "Xong": wipe and go home
struct Timeout {};         // the idle policy ran out: wipe and go home
struct ExtendTime {};      // "Tôi cần thêm thời gian"; the idle policy restarts
struct SetLanguage { forms::Lang lang = forms::Lang::Vi; };
struct SetTextScale { float scale = 1.0f; };
struct ToggleHighContrast {};
struct OpenLookup {};
struct RunLookup {};
struct ProveOwnership {};  // "Xem chi tiết": check the look-up code typed (session.lookupSecret)
// "Bổ sung hồ sơ" on a proven look-up of a filing waiting for a supplement (supplement.hpp),
// and "Gửi bổ sung" once the citizen checked the pages.
struct StartSupplement {};
struct SubmitSupplement {};
// "In kết quả" on a proven look-up of a result returned electronically (result_print.hpp), and
// how the print ended (the result desk's worker, not the citizen).
struct PrintResult {};
struct ResultPrinted {
    std::string reference;             // the filing's local reference
    std::vector<std::string> printed;  // the documents that came out of the printer, in order
    ResultPrintOutcome outcome = ResultPrintOutcome::NotReached;  // Printed: every one of them
    std::string message;  // PrinterFailed: the printer's plain Vietnamese error
};
struct RefreshStatus {};   // the kiosk re-reads the status cache (a timer, not the citizen)
// What the runner's worker read for fx::ReadStatus (core::readStatus): taken only while the same
// filing is on screen; a failed read keeps what the screen shows.
struct StatusRead {
    std::string reference;
    Result<std::optional<FilingStatus>> found;
};
// What it found for fx::LookUpStatus (core::lookUpStatus): the status word and due date alone
// (the rest is wiped on the worker), taken only while the screen still waits on this code.
struct LookupAnswered {
    std::string code;    // as it was asked
    std::string secret;  // the QR's look-up code, handed back to be proven
    Result<std::optional<FilingStatus>> found;
    bool ambiguous = false;  // a short form that more than one filing ends with
};
// The rating after the receipt: a face (1-5), a reason ticked or unticked (score 3 or less),
// "Gửi đánh giá", "Bỏ qua", and the 30 s running out (the kiosk, not the citizen).
struct Rate {
    int score = 0;
};
struct ToggleRatingReason {
    std::string id;
};
struct SendRating {};
struct SkipRating {};
struct RatingTimeout {};
struct PayAtDesk {};       // skip the VietQR: the fee is paid at the desk
struct ClaimTransfer {};   // "Tôi đã chuyển khoản xong": the screen waits for the bank's word
struct RequestPayment {};  // a new VietQR after the last one expired
struct OpenQueue {};       // "Lấy số thứ tự" on the home screen
struct TakeTicket {        // a desk group chosen (kiosk.toml [queue] id)
    std::string group;
};
// The worker's answer to fx::TakeTicket (the kiosk's step, not a touch); no ticket: not even a
// local number could be kept.
struct TicketArrived {
    std::string group;
    std::optional<QueueTicket> ticket;
};
struct OpenHelp {};
// "Gọi cán bộ hỗ trợ" in the toolbar: raises a call for staff (once a session; again it only
// shows the notice), and "Tiếp tục" closing the notice over the screen.
struct CallStaff {};
struct CloseHelpNotice {};
struct OpenStaff {};
struct UnlockStaff {};   // "Đăng nhập": the operator id and PIN go to the sign-in worker
struct SignOutStaff {};  // "Đăng xuất"
// "Hỗ trợ công dân": the signed-in staff member joins the filing the staff screen was opened
// over, and "Kết thúc hỗ trợ" on the banner leaves it to the citizen alone (signing them out).
struct JoinSession {};
struct LeaveSession {};
// Staff helping: "Nhập tay" on the identity step with why the card was not read (a code of
// core/assist.hpp), and "Cán bộ đã xem bản gốc" ticked (or unticked) on the document field at `key`.
struct TypeIdentityByHand {
    std::string reason;
};
struct MarkOriginalSeen {
    std::string key;
    bool seen = true;
};
// The sign-in worker's answer for `operatorId` (core/staff_sign_in.hpp): counted by the lockout
// and recorded in the audit log wherever the kiosk is by then; signs in only on the staff screen.
struct StaffPinChecked {
    std::string operatorId;
    StaffPinVerdict verdict = StaffPinVerdict::WrongPin;
};
struct Quit {};            // staff asked the program to end (the session manager restarts it)
// Asking for work outside the session: apply answers each with a core::Effect (effect.hpp).
struct TakeCardPicture {};  // "Chụp mặt trước" / "Chụp mặt sau" on the identity step
struct ReadCardFront {};    // "Chỉ đọc mặt trước"
struct ScanCardAgain {};    // "Quét lại": the card's (or passport's) pictures and reads go
struct TakePassportPicture {
    std::string key;
};  // "Quét hộ chiếu" on the passport slot at answer key `key`
struct TakeDocumentPage {
    std::string key;
};  // "Quét trang" (or a retake) for a document field
struct PrintReceipt {
    std::string code;
};  // "In giấy hẹn", the receipt under `code`
struct KeepReceipt {
    std::string code;
};  // no printer: the receipt under `code` is kept for staff to print at the desk
struct ReadAloud {
    std::string text;
    forms::Lang lang = forms::Lang::Vi;
};  // the screen's words, read aloud in the citizen's language (the kiosk's own step, not a touch)

}  // namespace act

using Action = std::variant<
    act::GoHome, act::OpenCatalogue, act::SelectCategory, act::ChooseService, act::StartFiling, act::SetText,
    act::CopyAddress, act::ApplyIdentity, act::ApplyPassport, act::AddDocumentPage, act::RemoveDocumentPage,
    act::Continue, act::Back, act::AddRepeat, act::RemoveRepeat, act::EditPage, act::EditPreQuestions,
    act::EditIdentity, act::ChooseDelivery, act::GiveConsent, act::RefuseConsent, act::Submit, act::Finish,
    act::Timeout, act::ExtendTime, act::SetLanguage, act::SetTextScale, act::ToggleHighContrast, act::OpenLookup,
    act::RunLookup, act::ProveOwnership, act::StartSupplement, act::SubmitSupplement, act::PrintResult,
    act::ResultPrinted, act::RefreshStatus, act::StatusRead, act::LookupAnswered, act::Rate, act::ToggleRatingReason,
    act::SendRating, act::SkipRating, act::RatingTimeout, act::PayAtDesk, act::ClaimTransfer, act::RequestPayment,
    act::OpenQueue, act::TakeTicket, act::TicketArrived, act::OpenHelp, act::CallStaff, act::CloseHelpNotice,
    act::OpenStaff, act::UnlockStaff, act::SignOutStaff, act::JoinSession, act::LeaveSession, act::TypeIdentityByHand,
    act::MarkOriginalSeen, act::StaffPinChecked, act::Quit, act::TakeCardPicture, act::ReadCardFront,
    act::ScanCardAgain, act::TakePassportPicture, act::TakeDocumentPage, act::PrintReceipt, act::KeepReceipt,
    act::ReadAloud>;

}  // namespace kiosk::core

#pragma once
// What a step needs done outside the session, as data: core::apply returns these besides
// moving the session on, and the UI's effect runner (ui/effect_runner) carries them out on the
// kiosk's workers. A screen returns an action; it never starts a device, a print or speech.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/queue_ticket.hpp"
#include "kiosk/forms/model.hpp"

namespace kiosk::core {

namespace fx {

struct TakeCardPicture {};  // the card side the identity step shows, from the capture device
struct ReadCardFront {};    // read the front picture alone (its QR may be enough)
struct TakePassportPicture {};  // a passport's photo page, then its zone, for the page's passport slot
struct ForgetCard {};       // wipe the card's pictures and reads; the identity step starts over
struct TakeDocumentPage {   // a paper page for the document field at answer key `key`
    std::string key;
};
struct ForgetDocumentPage {};  // a page still being taken is wiped when it arrives
struct PrintReceipt {          // the receipt of the filing on screen, under `code`, on [printer]
    std::string code;
};
struct KeepReceipt {  // no printer: the receipt under `code` is kept for staff at the desk
    std::string code;
};
struct Speak {  // `text` read aloud in `lang`, cutting short what was being read
    std::string text;
    forms::Lang lang = forms::Lang::Vi;
};
struct StopSpeech {};  // reading aloud stops
// The operator id and PIN on the staff screen, checked on the sign-in worker (slow on purpose:
// PBKDF2); the answer comes back as act::StaffPinChecked. The runner copies both from the
// session; the flow wipes the session's PIN when the answer comes.
struct CheckStaffPin {};
struct TakeTicket {  // the next number of a desk group, from the portal or else this kiosk
    QueueTicketRequest request;
};
struct PrintTicket {};
struct PrintResult {  // the returned documents `digests` of the filing `reference`, fetched and printed
    std::string reference;
    std::vector<std::string> digests;
};  // the ticket on screen (session.queue.ticket), on [printer]
// The status cache read for the filing `reference` (core::readStatus, on the runner's worker: a
// local SQLite read, but storage the UI thread does not wait on); the answer comes back as
// act::StatusRead. The portal's look-up code in it travels back only when `withLookupSecret`
// (the receipt prints it); otherwise it is wiped on the worker.
struct ReadStatus {
    std::string reference;
    bool withLookupSecret = false;
};
// The look-up by code (core::lookUpStatus, on the same worker): `code` as typed, in full or a
// short form of one; the answer comes back as act::LookupAnswered. `secret` is the look-up code
// a receipt's QR carried after the code, handed back to be proven once the filing is found
// (whoever drops the effect wipes it).
struct LookUpStatus {
    std::string code;
    std::string secret;
};

}  // namespace fx

using Effect =
    std::variant<fx::TakeCardPicture, fx::ReadCardFront, fx::TakePassportPicture, fx::ForgetCard, fx::TakeDocumentPage,
                 fx::ForgetDocumentPage, fx::PrintReceipt, fx::KeepReceipt, fx::Speak, fx::StopSpeech,
                 fx::CheckStaffPin, fx::TakeTicket, fx::PrintTicket, fx::PrintResult, fx::ReadStatus, fx::LookUpStatus>;
using Effects = std::vector<Effect>;

}  // namespace kiosk::core

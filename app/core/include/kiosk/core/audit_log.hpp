#pragma once
// The port every staff action is recorded through (docs/staff.md "Audit log"). The kiosk, the
// desk and kiosk-admin call append(); app/outbox keeps the entries in the outbox database as a
// hash chain. An entry names the operator and the filing and nothing else about a person:
// `detail` is a short code (an action name, a reason code, a document slot id), never free text.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"

namespace kiosk::core {

// What a staff member did. The names below are stored in the log; released names never change.
enum class AuditKind {
    SignIn,            // "staff.sign_in": the right PIN; detail empty
    SignInRefused,     // "staff.sign_in_refused": detail wrong_pin, unknown_operator or locked
    SignOut,           // "staff.sign_out": detail empty, or "idle" when the kiosk signed them out
    StaffAdded,        // "staff.added": kiosk-admin staff add; the operator is the one added
    StaffRemoved,      // "staff.removed": kiosk-admin staff remove
    AssistSession,     // "session.assist": joined a citizen's session at the kiosk
    CardReadOverride,  // "session.card_read_override": typed the identity; detail: reason code
    OriginalSeen,      // "session.original_seen": saw a document's original; detail: its slot id
    DeskAction,        // "desk.action": an action on a filing at the desk; detail: the action
    DeskIntake,        // "desk.intake": a filing taken in at the desk was stored; filing: its local
                       // reference; detail: the service id
};

// The stored name, e.g. "staff.sign_in".
std::string_view auditKindName(AuditKind kind);
// The kind a stored name stands for; nullopt for a name no release wrote.
std::optional<AuditKind> auditKindFromName(std::string_view name);

// The operator of an entry no staff member made: a sign-in refused for an operator id that is
// not on the staff list (what was typed is not kept: it might be anything, a name even).
inline constexpr std::string_view kNoOperator = "-";

// The shapes the log accepts, so nothing personal can slip in as an "id" or a "detail":
// operator ids are 1-32 of A-Z 0-9 '-' '_' '.', starting with a letter or digit (upper case);
// filing ids 0-64 of letters, digits, '-' '_' '.'; details 0-64 of a-z 0-9 '_' '-' '.' ':'.
bool isOperatorId(std::string_view text);
// An operator id, or kNoOperator.
bool isAuditOperatorId(std::string_view text);
bool isAuditFilingId(std::string_view text);
bool isAuditDetail(std::string_view text);

class AuditLog {
public:
    virtual ~AuditLog() = default;
    // Durably records one action before returning; `filingId` empty when no filing is involved.
    // Errors: audit.bad_field (a value of the wrong shape; nothing is written), or the store's.
    virtual Result<void> append(AuditKind kind, std::string_view operatorId, std::string_view filingId = {},
                                std::string_view detail = {}) = 0;
};

}  // namespace kiosk::core

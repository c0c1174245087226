#pragma once
// The desk's side of the portal's staff API (docs/portal-api.md §4.10): the work queue and the
// actions, over the same mutual TLS as kiosk-sync but with a staff certificate, whose CN is the
// operator the portal records on every action. Calls block: the desk makes them on its worker
// (staff_desk.hpp), never on the frame.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/desk/filing_record.hpp"
#include "kiosk/desk/help_call.hpp"

namespace kiosk::desk {

// One of the portal's staff actions on a filing.
struct ActionRequest {
    std::string action;  // accept, request_supplement, request_payment, approve, return_result, reject, resume
    std::string note;    // what the citizen reads (what to bring, what was decided)
    std::vector<std::string> documents;    // request_supplement: the service's document slot ids to bring
    std::string reason;                    // reject: why (required)
    std::vector<std::string> resultNames;  // return_result: the result documents handed back
    std::filesystem::path resultPdf;       // return_result: the result as a PDF to attach (optional)
    std::string resultSha256;              // set once resultPdf is uploaded: sent with the first result
    std::string idempotencyKey;            // the same key for a retry of the same press
};

class StaffPortal {
public:
    virtual ~StaffPortal() = default;
    // Every filing of the work queue, page after page. Errors: desk.network (no complete reply),
    // desk.refused (the portal said no; the message is its title), desk.bad_reply.
    virtual Result<std::vector<FilingRecord>> fetchQueue() = 0;
    // Applies `request`; the filing's new status. Errors as fetchQueue's; desk.refused carries
    // the portal's problem code in `where` (invalid_transition, precondition_failed, ...).
    virtual Result<std::string> act(const std::string& filingId, const ActionRequest& request) = 0;
    // Uploads a result document (a PDF) for an approved filing; its SHA-256 (lower-case hex).
    virtual Result<std::string> uploadResult(const std::string& filingId, const std::string& pdf) = 0;
    // The open help calls from the commune's kiosks, oldest first (GET /help-calls).
    virtual Result<std::vector<HelpCall>> fetchHelpCalls() = 0;
    // Marks a help call answered by this certificate's operator (POST /help-calls/{id}/answer,
    // signed like every staff write); one answered already keeps its first answer.
    virtual Result<void> answerHelpCall(const std::string& helpCallId) = 0;
};

// A staff certificate folder as kiosk-portal writes it (DIR/staff/<operator>/: ca.pem,
// client.pem, client.key, and signing.key, the operator's Ed25519 key every staff write is
// signed with) and the portal's base URL ("https://host:port/api/v1").
struct StaffCertificate {
    std::filesystem::path folder;
    std::string portalUrl;
};

// The certificate's operator ID (its CN): who the portal will record. Errors desk.certificate
// when the folder lacks a readable client.pem, ca.pem, client.key or signing.key, or the CN is not an
// operator ID (1-64 of A-Z a-z 0-9 . _ -).
Result<std::string> operatorOf(const StaffCertificate& certificate);

// A client over libcurl (portal_client's transport: TLS 1.2+, the folder's ca.pem the only trust
// anchor, no redirects). Errors: desk.certificate, desk.portal_url.
Result<std::unique_ptr<StaffPortal>> connectStaffPortal(const StaffCertificate& certificate);

}  // namespace kiosk::desk

#pragma once
// The route table and the per-request context handlers see. The dispatcher (dispatcher.cpp)
// does identity, faults, signatures and idempotency; a handler only does its endpoint's work,
// inside the request's transaction, with the portal's lock held.
#include <httplib.h>

#include <map>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "kiosk/signing/keys.hpp"
#include "owner_proof.hpp"
#include "reference_portal/api_response.hpp"
#include "reference_portal/clock.hpp"
#include "reference_portal/options.hpp"
#include "store.hpp"

namespace kiosk::reference_portal {

// Long-lived state shared by every request.
struct PortalContext {
    PortalContext(Store& store_, signing::PrivateKey portalKey_, Options options_, WorkingCalendar calendar_)
        : store(store_), portalKey(std::move(portalKey_)), options(std::move(options_)),
          calendar(std::move(calendar_)) {}

    Store& store;
    signing::PrivateKey portalKey;
    Options options;
    WorkingCalendar calendar;  // due dates
    std::mutex lock;      // one request at a time touches the store
    std::mutex rngLock;   // faults draw from one generator
    std::string lookupKey;                                 // derives every filing's look-up code (owner_proof.hpp)
    std::map<std::string, LookupAttempts> lookupAttempts;  // wrong look-up codes per kiosk
    std::mt19937_64 rng{std::random_device{}()};
};

// One request as a handler sees it.
struct Call {
    const httplib::Request& http;
    Principal who;
    std::vector<std::string> params;  // the {} segments of the route, in order
    std::string instance;             // the request path, for problem "instance"
    std::string targetUri;            // "https://" + Host + target, as signed
    std::string idempotencyKey;       // empty when none was sent
    Seconds now;
};

using Handler = ApiResponse (*)(PortalContext&, const Call&);

enum class Access { Kiosk, Staff, Both };
enum class KeyRule { None, Required, Optional };

struct Route {
    const char* method;
    const char* pattern;  // "/api/v1/filings/{}/submit": {} is one segment
    Access access;
    KeyRule key;
    std::size_t maxBody;
    Handler handler;
};

const std::vector<Route>& routes();

// ---- handlers (api_*.cpp) ----
ApiResponse handlePreflight(PortalContext&, const Call&);
ApiResponse handleCreateFiling(PortalContext&, const Call&);
ApiResponse handlePutDocument(PortalContext&, const Call&);
ApiResponse handleSubmit(PortalContext&, const Call&);
ApiResponse handleGetFiling(PortalContext&, const Call&);
ApiResponse handleEvents(PortalContext&, const Call&);
ApiResponse handleChanges(PortalContext&, const Call&);
ApiResponse handleHeartbeat(PortalContext&, const Call&);
ApiResponse handleAuditCheckpoints(PortalContext&, const Call&);
ApiResponse handleRaiseHelpCall(PortalContext&, const Call&);
ApiResponse handleListHelpCalls(PortalContext&, const Call&);
ApiResponse handleAnswerHelpCall(PortalContext&, const Call&);
ApiResponse handleCreatePayment(PortalContext&, const Call&);
ApiResponse handleCreateRating(PortalContext&, const Call&);
// A filing's ratings as staff and --export show them: [{moment, score, reasons, at}].
nlohmann::json ratingsJson(Store& store, const std::string& filingId);
ApiResponse handleGetPayment(PortalContext&, const Call&);
ApiResponse handleSimulatePaid(PortalContext&, const Call&);
ApiResponse handleIssueTicket(PortalContext&, const Call&);
ApiResponse handleCallNextTicket(PortalContext&, const Call&);
ApiResponse handleListFilings(PortalContext&, const Call&);
ApiResponse handleAction(PortalContext&, const Call&);
ApiResponse handlePutResult(PortalContext&, const Call&);
ApiResponse handleGetResult(PortalContext&, const Call&);
ApiResponse handleHandover(PortalContext&, const Call&);
// A filing's hand-overs as staff see them: [{sha256, kiosk_id, handed_over_at}].
nlohmann::json handoversJson(Store& store, const std::string& filingId);
ApiResponse handlePutSupplementDocument(PortalContext&, const Call&);
ApiResponse handleSupplement(PortalContext&, const Call&);

// ---- helpers shared by handlers ----
// The filing named by params[0] if `call.who` may see it (its kiosk, or staff).
std::optional<FilingRow> visibleFiling(PortalContext& ctx, const Call& call);
// The same for reads: any kiosk may read a filing when it carries a proof of ownership
// (checkOwnerProof decides how much it sees).
std::optional<FilingRow> readableFiling(PortalContext& ctx, const Call& call);
ApiResponse notFound(const Call& call);
// Parses a JSON body; an empty body counts as {} when `emptyIsObject`.
std::optional<nlohmann::json> parseJsonBody(const Call& call, bool emptyIsObject);
ApiResponse badJson(const Call& call);
nlohmann::json eventJson(const EventRow& event);
// The slot ids an event names (a supplement request's or a supplement's), as a JSON array.
nlohmann::json documentsOf(const EventRow& event);
// A JSON body signed with the portal's key and bound to this request (§2.3): the proof a kiosk
// keeps of what the portal acknowledged.
ApiResponse signedAnswer(PortalContext& ctx, const Call& call, int status, const std::string& body);
// An answer's headers as stored beside it ([[name, value], ...]), and a stored answer again.
std::string headersJson(const ApiResponse& answer);
ApiResponse storedAnswer(int status, const std::string& body, const std::string& headersJson);
// A non-negative decimal integer, or nullopt.
std::optional<std::int64_t> parseCount(const std::string& text);

}  // namespace kiosk::reference_portal

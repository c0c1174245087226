#pragma once
// kiosk-sync's work, one step at a time, so that main() only schedules and the tests can drive it:
// deliver the oldest due filing (create, upload attachments by hash, submit, keep the signed
// acknowledgement), pull the per-kiosk status feed into the status cache, create and poll payment
// intents, and send the heartbeat. Logs carry references, codes and counts, never content.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>

#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/portal_client/backoff.hpp"
#include "kiosk/portal_client/portal_client.hpp"

namespace kiosk::sync {

using Log = std::function<void(const std::string& line)>;

enum class StepOutcome {
    Idle,       // nothing due
    Delivered,  // one filing reached the portal and has its acknowledgement
    Failed,     // one filing was refused for good (staff must look)
    Retry,      // a retryable failure: wait `pause` before the next delivery
};

struct Step {
    StepOutcome outcome = StepOutcome::Idle;
    std::chrono::milliseconds pause{0};
};

class Agent {
public:
    Agent(outbox::Outbox& box, portal_client::PortalClient& client, portal_client::BackoffPolicy policy, Log log);

    // Delivers the oldest due help call first (someone is standing at the kiosk); when none is
    // due, the oldest due filing; when none is due either, the oldest due supplement.
    Step deliverNext();
    // Claims and delivers (or drops as stale) the oldest due help call (help_call_delivery.cpp).
    Step deliverNextHelpCall();
    // Claims and delivers the oldest due supplement (supplement_delivery.cpp).
    Step deliverNextSupplement();
    // Reads every new page of the status feed into the cache; false when the portal was not reached.
    bool pullStatus();
    // Creates requested payment intents and polls pending ones; returns how many are still open.
    int syncPayments();
    // Delivers the ratings the kiosk kept (outbox::ratingsToSync), each once.
    void syncRatings();
    // Tells the portal of each result printed for its owner (outbox::handoversToSync), once
    // (handover_delivery.cpp).
    void syncHandovers();
    // PUT heartbeat with the outbox depth; adopts the portal's retry hints unless told not to.
    bool heartbeat();

    // The staff audit log whose signed checkpoint each heartbeat carries; without one, none.
    void setAuditLog(outbox::AuditStore* audit) { m_audit = audit; }
    // Keep the backoff given at start even when the portal's heartbeat suggests another.
    void pinBackoff() { m_backoffPinned = true; }
    const portal_client::BackoffPolicy& backoff() const { return m_policy; }
    std::optional<int> suggestedPollSeconds() const { return m_pollHint; }

private:
    Step retry(const outbox::ClaimedFiling& filing, const portal_client::Failure& failure);
    void log(const std::string& line) const;
    // The audit log's head for the heartbeat, noted as sent; none without a log or an entry.
    std::optional<signing::AuditCheckpoint> auditCheckpoint();
    // The outbox stores only [a-z0-9._-]{1,64} as an error code.
    static std::string storableCode(const std::string& code);

    outbox::Outbox& m_box;
    portal_client::PortalClient& m_client;
    portal_client::BackoffPolicy m_policy;
    Log m_log;
    std::mt19937_64 m_rng;
    // Failed requests in a row: the exponent of the backoff. Any request the portal answered as
    // asked resets it, the first step of a filing as much as the last: the backoff is there for a
    // link or a portal that is down, and one that answered is neither. Counting whole attempts
    // instead made one failed step in three (create, documents, submit) as costly as a dead link,
    // and under mixed faults the waits doubled faster than the failures thinned out. A portal
    // that wants fewer requests says so with Retry-After, which every wait honours.
    int m_consecutiveFailures = 0;
    // The filing this agent last had created at the portal and not yet submitted, with the
    // documents the portal still lacks. A retried filing keeps its place and comes back next,
    // and goes on from the step that failed rather than replaying the create: on a link that
    // fails one request in five, every request saved is a failure less. Kept in memory only;
    // after a restart the create is replayed, as the portal allows.
    struct FilingInProgress {
        std::string clientFilingId;
        portal_client::CreatedFiling created;
    };
    std::optional<FilingInProgress> m_inProgress;
    bool m_backoffPinned = false;
    std::optional<int> m_pollHint;
    outbox::AuditStore* m_audit = nullptr;
};

}  // namespace kiosk::sync

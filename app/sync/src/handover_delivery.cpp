// Hand-overs of electronic results (docs/portal-api.md §4.16): each printed result is told to
// the portal once, under the key the outbox gave it, with the filing's look-up code as the
// owner's proof (the kiosk holds it sealed; it was checked at the kiosk before printing).
#include "delivery_rules.hpp"
#include "kiosk/sync/agent.hpp"

namespace kiosk::sync {

void Agent::syncHandovers() {
    auto work = m_box.handoversToSync();
    if (!work) return;
    for (auto& w : *work) {
        WipeOnExit wipeCode{w.lookupCode};
        if (w.lookupCode.empty()) continue;  // no code issued yet: nothing proves it at the portal
        auto sent = m_client.recordHandover(w.portalFilingId, w.sha256, w.idempotencyKey(),
                                            {"Lookup-Code", w.lookupCode});
        if (sent) {
            if (auto done = m_box.markHandoverDelivered(w.id); !done) {
                // The portal has it; the next pass replays the same key and gets the same answer.
                log("không ghi được việc trả kết quả đã gửi (" + done.error().code +
                    ") / cannot mark the hand-over sent");
            }
        } else if (!sent.error().retryable) {
            (void)m_box.markHandoverFailed(w.id, storableCode(sent.error().error.code));
            log("cổng từ chối việc trả kết quả (" + sent.error().error.code + ") / hand-over refused by the portal");
        }
    }
}

}  // namespace kiosk::sync

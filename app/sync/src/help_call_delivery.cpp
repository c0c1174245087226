// kiosk-sync's delivery of one "Gọi cán bộ hỗ trợ" (docs/portal-api.md §4.15): sent under its
// client_call_id, so a call sent again after a lost answer is the same call at the desk. Retries
// and refusals as for filings. A call older than kHelpCallStaleAfter is dropped, not sent: the
// citizen has long gone, and an officer walking to an empty kiosk helps nobody.
#include <nlohmann/json.hpp>

#include "delivery_rules.hpp"
#include "kiosk/sync/agent.hpp"
#include "kiosk/sync/filing_body.hpp"

namespace kiosk::sync {

using namespace std::chrono;

Step Agent::deliverNextHelpCall() {
    auto claimed = m_box.claimNextHelpCall();
    if (!claimed) {
        log("không đọc được lời gọi cán bộ chờ gửi (" + claimed.error().code + ") / cannot read the outbox");
        return {StepOutcome::Retry, milliseconds{1000}};
    }
    if (!*claimed) return {StepOutcome::Idle, milliseconds{0}};
    const outbox::ClaimedHelpCall call = **claimed;
    const std::string what = "lời gọi cán bộ từ màn hình " + call.screen;

    const auto age = time_point_cast<seconds>(system_clock::now()) - call.raisedAt;
    if (age > kHelpCallStaleAfter) {
        (void)m_box.markHelpCallStale(call.clientCallId);
        log(what + " đã quá " + std::to_string(duration_cast<minutes>(kHelpCallStaleAfter).count()) +
            " phút, bỏ không gửi / help call too old, dropped (" + std::to_string(age.count()) + " s)");
        return {StepOutcome::Failed, milliseconds{0}};
    }
    const std::string body = nlohmann::json{{"client_call_id", call.clientCallId},
                                            {"screen", call.screen},
                                            {"raised_at", vietnamTime(call.raisedAt)}}
                                 .dump();
    auto sent = m_client.raiseHelpCall(call.clientCallId, body);
    if (!sent) {
        const auto& failure = sent.error();
        if (!failure.retryable) {
            (void)m_box.markHelpCallFailed(call.clientCallId, storableCode(failure.error.code));
            m_consecutiveFailures = 0;
            log("cổng dịch vụ công từ chối " + what + " (" + failure.error.code + ") / help call refused");
            return {StepOutcome::Failed, milliseconds{0}};
        }
        const milliseconds pause = portal_client::retryDelay(m_policy, m_consecutiveFailures, failure.retryAfter,
                                                             m_rng);
        ++m_consecutiveFailures;
        // A help call keeps its place: it is the most urgent thing this kiosk has to send.
        (void)m_box.scheduleHelpCallRetry(call.clientCallId, call.raisedAt, storableCode(failure.error.code));
        log("chưa gửi được " + what + " (" + failure.error.code + "), thử lại sau " + std::to_string(pause.count()) +
            " ms / help call not delivered yet, retrying");
        return {StepOutcome::Retry, pause};
    }
    if (auto done = m_box.markHelpCallDelivered(call.clientCallId, *sent); !done) {
        // The portal has it; the next attempt replays the key and gets the same call back.
        log("không ghi được " + what + " đã gửi (" + done.error().code + ") / cannot mark the help call sent");
        return {StepOutcome::Retry, milliseconds{1000}};
    }
    m_consecutiveFailures = 0;
    log("đã gửi " + what + " / help call delivered");
    return {StepOutcome::Delivered, milliseconds{0}};
}

}  // namespace kiosk::sync

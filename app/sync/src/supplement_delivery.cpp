// kiosk-sync's delivery of one supplement (docs/portal-api.md §4.12): upload each document by
// hash to the supplement, then send the supplement under its client_supplement_id and keep the
// portal's signed answer. Retries and refusals are handled as for filings.
#include <algorithm>

#include "delivery_rules.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/sync/agent.hpp"
#include "kiosk/sync/supplement_body.hpp"

namespace kiosk::sync {
namespace {

using namespace std::chrono;

}  // namespace

Step Agent::deliverNextSupplement() {
    auto claimed = m_box.claimNextSupplement();
    if (!claimed) {
        log("không đọc được phần bổ sung chờ gửi (" + claimed.error().code + ") / cannot read the outbox");
        return {StepOutcome::Retry, milliseconds{1000}};
    }
    if (!*claimed) return {StepOutcome::Idle, milliseconds{0}};
    const outbox::ClaimedSupplement supplement = **claimed;
    const std::string& id = supplement.clientSupplementId;
    const std::string what = "phần bổ sung của hồ sơ " + supplement.localReference;

    auto opened = m_box.decryptSupplement(id);
    if (!opened) {
        (void)m_box.markSupplementFailed(id, storableCode(opened.error().code));
        log(what + " không đọc được (" + opened.error().code + "), cán bộ cần kiểm tra / supplement unreadable");
        return {StepOutcome::Failed, milliseconds{0}};
    }
    const auto refuse = [&](const portal_client::Failure& failure) -> Step {
        if (failure.retryable) {
            const milliseconds pause = portal_client::retryDelay(m_policy, m_consecutiveFailures, failure.retryAfter,
                                                                 m_rng);
            ++m_consecutiveFailures;
            const bool losePlace = supplement.attempts + 1 >= kAttemptsBeforeLosingPlace;
            const auto next = losePlace ? time_point_cast<seconds>(system_clock::now()) : supplement.createdAt;
            (void)m_box.scheduleSupplementRetry(id, next, storableCode(failure.error.code));
            log("chưa gửi được " + what + " (" + failure.error.code + "), thử lại sau " +
                std::to_string(pause.count()) + " ms / supplement not delivered yet, retrying");
            return {StepOutcome::Retry, pause};
        }
        (void)m_box.markSupplementFailed(id, storableCode(failure.error.code));
        m_consecutiveFailures = 0;
        log("cổng dịch vụ công từ chối " + what + " (" + failure.error.code +
            "), cán bộ cần kiểm tra / supplement refused by the portal, staff must check it");
        return {StepOutcome::Failed, milliseconds{0}};
    };

    // Every document goes first (a retry re-sends what is there already: 200, harmless).
    const auto& content = opened->content;
    for (std::size_t i = 0; i < content.attachments.size() && i < opened->attachmentSha256.size(); ++i) {
        const auto& part = content.attachments[i];
        const std::string_view bytes(reinterpret_cast<const char*>(part.bytes.data()), part.bytes.size());
        auto stored = m_client.uploadSupplementDocument(supplement.portalFilingId, id, opened->attachmentSha256[i],
                                                        part.mediaType, bytes);
        if (!stored) return refuse(stored.error());
        m_consecutiveFailures = 0;  // the portal is up and answering (agent.hpp)
    }
    std::string body = supplementBody(*opened);
    WipeOnExit wipeBody{body};
    auto answer = m_client.sendSupplement(supplement.portalFilingId, id, body, opened->attachmentSha256);
    if (!answer) return refuse(answer.error());
    if (auto done = m_box.markSupplementDelivered(id, answer->proofJson); !done) {
        // The portal has it; the next attempt gets the same signed answer again.
        log("không ghi được xác nhận " + what + " (" + done.error().code + ") / cannot store the answer");
        return {StepOutcome::Retry, milliseconds{1000}};
    }
    m_consecutiveFailures = 0;
    log("đã gửi " + what + ": cổng nhận " + std::to_string(answer->acknowledgement.documents.size()) +
        " giấy tờ / supplement delivered");
    return {StepOutcome::Delivered, milliseconds{0}};
}

}  // namespace kiosk::sync

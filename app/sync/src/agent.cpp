#include "kiosk/sync/agent.hpp"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "delivery_rules.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/sync/filing_body.hpp"

namespace kiosk::sync {
namespace {

using namespace std::chrono;

std::string millis(milliseconds ms) { return std::to_string(ms.count()) + " ms"; }

}  // namespace

// Failure codes are built from fixed words and known problem codes, and this keeps the outbox's
// promise whatever they hold.
std::string Agent::storableCode(const std::string& code) {
    std::string out;
    for (const char c : code.substr(0, 64)) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        out += ok ? c : '_';
    }
    return out.empty() ? std::string("unknown") : out;
}

Agent::Agent(outbox::Outbox& box, portal_client::PortalClient& client, portal_client::BackoffPolicy policy, Log log)
    : m_box(box), m_client(client), m_policy(policy), m_log(std::move(log)), m_rng(portal_client::seededGenerator()) {}

void Agent::log(const std::string& line) const {
    if (m_log) m_log(line);
}

Step Agent::retry(const outbox::ClaimedFiling& filing, const portal_client::Failure& failure) {
    const milliseconds pause = portal_client::retryDelay(m_policy, m_consecutiveFailures, failure.retryAfter, m_rng);
    ++m_consecutiveFailures;
    // Normally the filing keeps its place in the queue (next attempt "at" its creation time) and
    // the whole queue waits `pause`: a link that is down is down for every filing.
    const bool losePlace = filing.attempts + 1 >= kAttemptsBeforeLosingPlace;
    // Losing its place means "due now": behind every filing already waiting, and still after the pause.
    const auto next = losePlace ? time_point_cast<seconds>(system_clock::now()) : filing.createdAt;
    auto attempts = m_box.scheduleRetry(filing.clientFilingId, next, storableCode(failure.error.code));
    log("chưa gửi được hồ sơ " + filing.localReference + " (" + failure.error.code + "), thử lại sau " + millis(pause) +
        (attempts ? ", lần " + std::to_string(*attempts) : std::string()) + " / not delivered yet, retrying");
    return {StepOutcome::Retry, pause};
}

Step Agent::deliverNext() {
    if (const Step call = deliverNextHelpCall(); call.outcome != StepOutcome::Idle) return call;
    auto claimed = m_box.claimNextPending();
    if (!claimed) {
        log("không đọc được hộp hồ sơ chờ gửi (" + claimed.error().code + ") / cannot read the outbox");
        return {StepOutcome::Retry, milliseconds{1000}};
    }
    if (!*claimed) return deliverNextSupplement();
    const outbox::ClaimedFiling filing = **claimed;

    auto opened = m_box.decryptPayload(filing.clientFilingId);
    if (!opened) {
        // Content that cannot be read (tampered, another master key) will never become readable
        // by retrying; staff must look at it.
        (void)m_box.markFailed(filing.clientFilingId, storableCode(opened.error().code));
        log("hồ sơ " + filing.localReference + " không đọc được (" + opened.error().code +
            "), cán bộ cần kiểm tra / filing unreadable, staff must check it");
        return {StepOutcome::Failed, milliseconds{0}};
    }
    std::string body = createFilingBody(*opened);
    WipeOnExit wipeBody{body};

    const bool resumed = m_inProgress && m_inProgress->clientFilingId == filing.clientFilingId;
    const auto refuse = [&](const portal_client::Failure& failure) -> Step {
        // The portal says documents are missing that this run thought sent: only a fresh create
        // tells which, so the next attempt starts from it.
        if (failure.error.code == "portal.409.missing_documents") m_inProgress.reset();
        if (failure.retryable) return retry(filing, failure);
        m_inProgress.reset();
        // Refused on a step after a create made in an earlier attempt: the portal may no longer
        // have what it created then, so the filing starts again from the create before any
        // refusal counts for good.
        if (resumed) return retry(filing, failure);
        (void)m_box.markFailed(filing.clientFilingId, storableCode(failure.error.code));
        m_consecutiveFailures = 0;
        log("cổng dịch vụ công từ chối hồ sơ " + filing.localReference + " (" + failure.error.code +
            "), cán bộ cần kiểm tra / refused by the portal, staff must check it");
        return {StepOutcome::Failed, milliseconds{0}};
    };

    if (!resumed) {
        auto created = m_client.createFiling({filing.clientFilingId, body, opened->attachmentSha256});
        if (!created) return refuse(created.error());
        m_consecutiveFailures = 0;  // the portal is up and answering (agent.hpp)
        m_inProgress = FilingInProgress{filing.clientFilingId, std::move(*created)};
    }
    const portal_client::CreatedFiling& created = m_inProgress->created;
    // Only what the portal still lacks is sent: after a restart, parts already there are skipped
    // (a replayed create reports the first answer, so some may be sent again: harmless, 200).
    auto& missing = m_inProgress->created.missingDocuments;
    while (!missing.empty()) {
        const auto& hashes = opened->attachmentSha256;
        const auto at = std::find(hashes.begin(), hashes.end(), missing.front());
        if (at != hashes.end()) {  // readCreated only lets through hashes of our manifest
            const auto& part = opened->filing.attachments[static_cast<std::size_t>(at - hashes.begin())];
            const std::string_view bytes(reinterpret_cast<const char*>(part.bytes.data()), part.bytes.size());
            auto stored = m_client.uploadDocument(created.filingId, *at, part.mediaType, bytes);
            if (!stored) return refuse(stored.error());
            m_consecutiveFailures = 0;
        }
        missing.erase(missing.begin());
    }
    auto signedAck = m_client.submit(created.filingId, filing.clientFilingId);
    if (!signedAck) return refuse(signedAck.error());
    const auto& ack = signedAck->acknowledgement;

    // The acknowledgement's status goes into the cache in the same transaction as the delivery.
    outbox::PortalStatusUpdate update;
    update.clientFilingId = filing.clientFilingId;
    update.portalFilingId = created.filingId;
    update.action = "submit";
    update.status = "submitted";
    update.receivedAt = ack.receivedAt;
    update.at = ack.receivedAt;
    update.dueAt = ack.dueAt;
    if (auto done = m_box.markDelivered(filing.clientFilingId,
                                        {ack.maHoSo, signedAck->proofJson, update, ack.lookupSecret});
        !done) {
        // The portal has it; the next attempt replays and gets the same acknowledgement.
        log("không ghi được biên nhận của hồ sơ " + filing.localReference + " (" + done.error().code +
            ") / cannot store the receipt");
        return {StepOutcome::Retry, milliseconds{1000}};
    }
    m_consecutiveFailures = 0;
    m_inProgress.reset();
    log("đã gửi hồ sơ " + filing.localReference + ", mã hồ sơ " + ack.maHoSo + " / delivered");
    return {StepOutcome::Delivered, milliseconds{0}};
}

bool Agent::pullStatus() {
    auto cursor = m_box.statusFeedCursor();
    if (!cursor) {
        log("không đọc được con trỏ trạng thái (" + cursor.error().code + ") / cannot read the feed cursor");
        return false;
    }
    std::string at = *cursor;
    // Bounded, so a portal that always says has_more cannot keep the agent from delivering.
    for (int pages = 0; pages < 50; ++pages) {
        auto page = m_client.changes(at, 200);
        if (!page) {
            log("chưa lấy được trạng thái hồ sơ (" + page.error().error.code + ") / status feed not reached");
            return false;
        }
        std::vector<outbox::PortalStatusUpdate> updates;
        for (const auto& c : page->changes) {
            outbox::PortalStatusUpdate u;
            u.clientFilingId = c.clientFilingId;
            u.portalFilingId = c.filingId;
            u.seq = c.seq;
            u.at = c.at;
            u.action = c.action;
            u.status = c.status;
            u.trangThaiHoSo = c.trangThaiHoSo;
            u.dueAt = c.dueAt;
            u.note = c.note;
            u.documents = c.documents;
            u.resultDelivery = c.resultDelivery;
            u.resultDigests = c.resultDigests;
            updates.push_back(std::move(u));
        }
        if (auto applied = m_box.applyStatusUpdates(updates, page->nextCursor); !applied) {
            log("không ghi được trạng thái (" + applied.error().code + ") / status cache write failed");
            return false;
        }
        if (!updates.empty()) log("cập nhật " + std::to_string(updates.size()) + " thay đổi trạng thái / status changes applied");
        at = page->nextCursor;
        if (!page->hasMore) break;
    }
    return true;
}

int Agent::syncPayments() {
    auto work = m_box.paymentsToSync();
    if (!work) return 0;
    int open = 0;
    for (const auto& w : *work) {
        outbox::PaymentView p = w.payment;
        if (p.state == outbox::PaymentState::Requested) {
            auto intent = m_client.createPaymentIntent(w.portalFilingId,
                                                       w.clientFilingId + ":pay:" + std::to_string(p.attempt));
            if (intent) {
                p.state = outbox::paymentStateOf(intent->status);
                p.paymentIntentId = intent->paymentIntentId;
                p.amount = intent->amount;
                p.vietqrPayload = intent->vietqrPayload;
                p.expiresAt = intent->expiresAt;
                p.lastError.clear();
            } else if (!intent.error().retryable) {
                p.state = outbox::PaymentState::Failed;  // e.g. no fee due: the kiosk says so
                p.lastError = storableCode(intent.error().error.code);
            }
        } else if (auto status = m_client.paymentStatus(p.paymentIntentId)) {
            p.state = outbox::paymentStateOf(status->status);
            if (!status->paidAt.empty()) p.paidAt = status->paidAt;
            if (!status->bankReference.empty()) p.bankReference = status->bankReference;
            if (!status->expiresAt.empty()) p.expiresAt = status->expiresAt;
        }
        if (p.state == outbox::PaymentState::Requested || p.state == outbox::PaymentState::Pending) ++open;
        if (p.state == w.payment.state && p.paymentIntentId == w.payment.paymentIntentId) continue;
        if (auto stored = m_box.storePayment(w.clientFilingId, p); !stored) {
            log("không ghi được thanh toán (" + stored.error().code + ") / payment cache write failed");
        } else {
            log(std::string("thanh toán hồ sơ: ") + outbox::paymentStateName(p.state) + " / payment " +
                outbox::paymentStateName(p.state));
        }
    }
    return open;
}

void Agent::syncRatings() {
    auto work = m_box.ratingsToSync();
    if (!work) return;
    for (const auto& w : *work) {
        const std::string body = nlohmann::json{
            {"moment", outbox::ratingMomentName(w.rating.moment)},
            {"score", w.rating.score},
            {"reasons",
             w.rating.reasons}}.dump();
        auto sent = m_client.postRating(w.portalFilingId, w.idempotencyKey(), body);
        if (sent) {
            if (auto done = m_box.markRatingDelivered(w.id); !done) {
                // The portal has it; the next pass replays the same key and gets the same answer.
                log("không ghi được đánh giá đã gửi (" + done.error().code + ") / cannot mark the rating sent");
            }
        } else if (!sent.error().retryable) {
            (void)m_box.markRatingFailed(w.id, storableCode(sent.error().error.code));
            log("cổng từ chối đánh giá (" + sent.error().error.code + ") / rating refused by the portal");
        }
    }
}

// Noted as sent before it goes: the next one names it as the one before whether or not this one
// arrives, so a lost heartbeat makes the next checkpoint unanchored at the portal, never a
// false alarm about the chain.
std::optional<signing::AuditCheckpoint> Agent::auditCheckpoint() {
    if (m_audit == nullptr) return std::nullopt;
    auto anchor = m_audit->checkpoint();
    if (!anchor) {
        log("không đọc được nhật ký cán bộ (" + anchor.error().code + ") / audit log unreadable");
        return std::nullopt;
    }
    if (!anchor->has_value()) return std::nullopt;
    const auto& a = **anchor;
    if (auto noted = m_audit->noteCheckpointSent(a.head.seq); !noted) {
        log("không ghi được mốc nhật ký (" + noted.error().code + ") / audit checkpoint not noted");
        return std::nullopt;
    }
    return signing::AuditCheckpoint{a.head.seq, a.head.sha256, a.previous.seq, a.previous.sha256};
}

bool Agent::heartbeat() {
    portal_client::Heartbeat beat;
    beat.softwareVersion = "kiosk-sync/0.1.0";
    if (auto counts = m_box.statusCounts()) {
        beat.outboxDepth = counts->pending;
        if (counts->oldestPendingAt) {
            const auto now = time_point_cast<seconds>(system_clock::now());
            beat.oldestPendingAgeS = std::max<std::int64_t>(0, (now - *counts->oldestPendingAt).count());
        }
    }
    std::error_code ec;
    const auto space = std::filesystem::space(m_box.databasePath().parent_path(), ec);
    if (!ec) beat.diskFreeMb = static_cast<std::int64_t>(space.available / (1024 * 1024));
    beat.clockOffsetMs = duration_cast<milliseconds>(m_client.clockOffset()).count();
    beat.auditCheckpoint = auditCheckpoint();
    auto reply = m_client.heartbeat(beat);
    if (!reply) {
        log("chưa gửi được nhịp tim (" + reply.error().error.code + ") / heartbeat not sent");
        return false;
    }
    if (reply->minPollIntervalS) m_pollHint = static_cast<int>(std::clamp<std::int64_t>(*reply->minPollIntervalS, 1, 3600));
    // Server-driven pacing (portal-integration.md §3.3), within sane bounds.
    if (!m_backoffPinned && reply->retry) {
        const auto base = std::clamp<std::int64_t>(reply->retry->baseMs, 100, 60'000);
        const auto cap = std::clamp<std::int64_t>(reply->retry->capMs, base, 3'600'000);
        m_policy.base = milliseconds{base};
        m_policy.cap = milliseconds{cap};
    }
    return true;
}

}  // namespace kiosk::sync

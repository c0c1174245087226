// Satisfaction ratings waiting for kiosk-sync: stored in the kiosk's transaction, delivered once
// under a key that never changes, marked when the portal has them.
#include <nlohmann/json.hpp>

#include "kiosk/outbox/outbox.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

Error notFound() {
    return Error{"outbox.not_found", "Không tìm thấy hồ sơ để ghi đánh giá. (No such filing to rate.)", "rate"};
}

Error badRating() { return Error{"outbox.bad_rating", "Mức đánh giá phải từ 1 đến 5. (A rating is 1 to 5.)", "rate"}; }

std::optional<core::RatingMoment> momentOf(const std::string& name) {
    if (name == "receipt") return core::RatingMoment::Receipt;
    if (name == "result") return core::RatingMoment::Result;
    return std::nullopt;
}

}  // namespace

const char* ratingMomentName(core::RatingMoment moment) {
    return moment == core::RatingMoment::Result ? "result" : "receipt";
}

Result<void> Outbox::rate(const std::string& localReference, const core::Rating& rating) {
    if (rating.score < 1 || rating.score > 5) return badRating();
    auto find = m_db->prepare("SELECT id FROM filing WHERE local_reference = ?1", "rate");
    if (!find) return find.error();
    find->bind(1, localReference);
    auto row = find->step();
    if (!row) return row.error();
    if (!*row) return notFound();
    const std::int64_t filingId = find->columnInt(0);
    auto insert = m_db->prepare(
        "INSERT OR IGNORE INTO rating (filing_id, moment, score, reasons, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        "rate");
    if (!insert) return insert.error();
    insert->bind(1, filingId)
        .bind(2, ratingMomentName(rating.moment))
        .bind(3, static_cast<std::int64_t>(rating.score))
        .bind(4, nlohmann::json(rating.reasons).dump())
        .bind(5, static_cast<std::int64_t>(now().time_since_epoch().count()));
    return insert->run();
}

Result<std::vector<RatingWork>> Outbox::ratingsToSync() {
    auto stmt = m_db->prepare(
        "SELECT r.id, f.client_filing_id, s.portal_filing_id, r.moment, r.score, r.reasons FROM rating r "
        "JOIN filing f ON f.id = r.filing_id JOIN filing_status s ON s.filing_id = f.id "
        "WHERE r.delivered_at IS NULL AND r.last_error IS NULL AND f.status = 'delivered' "
        "AND s.portal_filing_id IS NOT NULL ORDER BY r.id",
        "ratings_to_sync");
    if (!stmt) return stmt.error();
    std::vector<RatingWork> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        RatingWork work;
        work.id = stmt->columnInt(0);
        work.clientFilingId = stmt->columnText(1);
        work.portalFilingId = stmt->columnText(2);
        const auto moment = momentOf(stmt->columnText(3));
        const auto reasons = nlohmann::json::parse(stmt->columnText(5), nullptr, false);
        // The table's CHECKs and rate() wrote these; a row that reads otherwise was tampered with.
        if (!moment || !reasons.is_array()) continue;
        work.rating.moment = *moment;
        work.rating.score = static_cast<int>(stmt->columnInt(4));
        for (const auto& reason : reasons) {
            if (reason.is_string()) work.rating.reasons.push_back(reason.get<std::string>());
        }
        out.push_back(std::move(work));
    }
    return out;
}

Result<void> Outbox::markRatingDelivered(std::int64_t id) {
    auto stmt = m_db->prepare("UPDATE rating SET delivered_at = ?2 WHERE id = ?1", "rating_delivered");
    if (!stmt) return stmt.error();
    stmt->bind(1, id).bind(2, static_cast<std::int64_t>(now().time_since_epoch().count()));
    return stmt->run();
}

Result<void> Outbox::markRatingFailed(std::int64_t id, const std::string& errorCode) {
    auto stmt = m_db->prepare("UPDATE rating SET last_error = ?2 WHERE id = ?1", "rating_failed");
    if (!stmt) return stmt.error();
    stmt->bind(1, id).bind(2, errorCode);
    return stmt->run();
}

}  // namespace kiosk::outbox

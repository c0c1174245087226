#include "store.hpp"

namespace kiosk::reference_portal {

RatingRow Store::addRating(const std::string& filingId, const std::string& moment, std::int64_t score,
                           const std::string& reasonsJson, Seconds at) {
    RatingRow row{randomId("r-"), filingId, moment, score, reasonsJson, at};
    orThrow(m_db.prepare("INSERT INTO rating(id, filing_id, moment, score, reasons, at) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(1, row.id)
                .bind(2, row.filingId)
                .bind(3, row.moment)
                .bind(4, row.score)
                .bind(5, row.reasonsJson)
                .bind(6, at.time_since_epoch().count())
                .run());
    return row;
}

std::vector<RatingRow> Store::ratings(const std::string& filingId) {
    auto st = m_db.prepare(
        "SELECT id, filing_id, moment, score, reasons, at FROM rating WHERE filing_id = ? ORDER BY rowid");
    st.bind(1, filingId);
    std::vector<RatingRow> out;
    while (orThrow(st.step())) {
        out.push_back({st.columnText(0), st.columnText(1), st.columnText(2), st.columnInt(3), st.columnText(4),
                       Seconds(std::chrono::seconds(st.columnInt(5)))});
    }
    return out;
}

}  // namespace kiosk::reference_portal

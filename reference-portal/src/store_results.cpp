#include "store.hpp"

namespace kiosk::reference_portal {

std::optional<std::string> Store::blob(const std::string& filingId, const std::string& sha256) {
    auto st = m_db.prepare("SELECT bytes FROM blob WHERE filing_id = ? AND sha256 = ?");
    st.bind(1, filingId).bind(2, sha256);
    if (!orThrow(st.step())) return std::nullopt;
    const auto bytes = st.columnBlob(0);
    return std::string(bytes.begin(), bytes.end());
}

std::optional<HandoverRow> Store::handover(const std::string& filingId, const std::string& sha256) {
    auto st = m_db.prepare("SELECT kiosk_id, at FROM handover WHERE filing_id = ? AND sha256 = ?");
    st.bind(1, filingId).bind(2, sha256);
    if (!orThrow(st.step())) return std::nullopt;
    return HandoverRow{filingId, sha256, st.columnText(0), Seconds(std::chrono::seconds(st.columnInt(1)))};
}

HandoverRow Store::addHandover(const std::string& filingId, const std::string& sha256, const std::string& kioskId,
                               Seconds at) {
    orThrow(m_db.prepare("INSERT INTO handover(filing_id, sha256, kiosk_id, at) VALUES (?, ?, ?, ?)")
                .bind(1, filingId)
                .bind(2, sha256)
                .bind(3, kioskId)
                .bind(4, at.time_since_epoch().count())
                .run());
    return HandoverRow{filingId, sha256, kioskId, at};
}

std::vector<HandoverRow> Store::handovers(const std::string& filingId) {
    auto st = m_db.prepare("SELECT sha256, kiosk_id, at FROM handover WHERE filing_id = ? ORDER BY rowid");
    st.bind(1, filingId);
    std::vector<HandoverRow> out;
    while (orThrow(st.step())) {
        out.push_back({filingId, st.columnText(0), st.columnText(1), Seconds(std::chrono::seconds(st.columnInt(2)))});
    }
    return out;
}

}  // namespace kiosk::reference_portal

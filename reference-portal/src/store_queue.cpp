// Queue tickets for the commune's desk (docs/portal-api.md §4.14): one sequence per service
// group and Vietnamese day, shared by every kiosk of the commune.
#include "store.hpp"

namespace kiosk::reference_portal {

namespace {

std::int64_t secondsOf(Seconds t) { return t.time_since_epoch().count(); }

// Tickets of the group and day that come before `number` and nobody has called yet.
std::int64_t waitingBefore(Db& db, const std::string& group, const std::string& day, std::int64_t number) {
    auto st = db.prepare(
        "SELECT count(*) FROM queue_ticket WHERE queue = ? AND day = ? AND number < ? AND called_at IS NULL");
    st.bind(1, group).bind(2, day).bind(3, number);
    orThrow(st.step());
    return st.columnInt(0);
}

}  // namespace

QueueTicketRow Store::issueTicket(const std::string& group, const std::string& kioskId, Seconds at) {
    QueueTicketRow row;
    row.id = randomId("t-");
    row.group = group;
    row.day = vietnamDay(at);
    row.issuedAt = at;
    auto last = m_db.prepare("SELECT COALESCE(MAX(number), 0) FROM queue_ticket WHERE queue = ? AND day = ?");
    last.bind(1, group).bind(2, row.day);
    orThrow(last.step());
    row.number = last.columnInt(0) + 1;
    orThrow(
        m_db.prepare("INSERT INTO queue_ticket(id, queue, day, number, kiosk_id, issued_at) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, row.id)
            .bind(2, group)
            .bind(3, row.day)
            .bind(4, row.number)
            .bind(5, kioskId)
            .bind(6, secondsOf(at))
            .run());
    row.waiting = waitingBefore(m_db, group, row.day, row.number);
    return row;
}

std::optional<QueueTicketRow> Store::callNextTicket(const std::string& group, Seconds at) {
    const std::string day = vietnamDay(at);
    auto next = m_db.prepare(
        "SELECT id, number, issued_at FROM queue_ticket WHERE queue = ? AND day = ? AND called_at IS NULL "
        "ORDER BY number LIMIT 1");
    next.bind(1, group).bind(2, day);
    if (!orThrow(next.step())) return std::nullopt;
    QueueTicketRow row;
    row.id = next.columnText(0);
    row.group = group;
    row.day = day;
    row.number = next.columnInt(1);
    row.issuedAt = Seconds(std::chrono::seconds(next.columnInt(2)));
    orThrow(m_db.prepare("UPDATE queue_ticket SET called_at = ? WHERE id = ?")
                .bind(1, secondsOf(at))
                .bind(2, row.id)
                .run());
    row.waiting = waitingBefore(m_db, group, day, row.number);
    return row;
}

}  // namespace kiosk::reference_portal

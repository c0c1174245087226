#include "queue_tickets.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

#include "portal_connection.hpp"

namespace kiosk {
namespace {

// "<kiosk_id>:ticket:<16 hex>": asked again with the same key, the portal gives the same ticket.
std::string ticketKey(const std::string& kioskId) {
    std::random_device random;
    std::uniform_int_distribution<unsigned> hexDigit(0, 15);
    std::string key = kioskId + ":ticket:";
    for (int i = 0; i < 16; ++i) key += "0123456789abcdef"[hexDigit(random)];
    return key;
}

// "2025-11-22T09:15:00+07:00" read as the portal's local time: "09:15" and "22/11/2025".
bool splitIssuedAt(const std::string& at, core::QueueTicket& ticket) {
    if (at.size() < 16 || at[4] != '-' || at[7] != '-' || at[10] != 'T' || at[13] != ':') return false;
    ticket.time = at.substr(11, 5);
    ticket.date = at.substr(8, 2) + "/" + at.substr(5, 2) + "/" + at.substr(0, 4);
    return true;
}

struct LocalStamp {
    std::string day, time, date;  // "2025-11-22", "09:15", "22/11/2025"
};

LocalStamp stampOf(std::chrono::local_seconds now) {
    const auto midnight = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day ymd(midnight);
    const std::chrono::hh_mm_ss hms(now - midnight);
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
    char day[16], time[8], date[16];
    std::snprintf(day, sizeof day, "%04d-%02u-%02u", y, m, d);
    std::snprintf(time, sizeof time, "%02d:%02d", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()));
    std::snprintf(date, sizeof date, "%02u/%02u/%04d", d, m, y);
    return {day, time, date};
}

}  // namespace

QueueTickets::QueueTickets(std::unique_ptr<portal_client::PortalClient> portal, std::string kioskId,
                           LocalTicketNumbers local, const Clock& clock)
    : m_portal(std::move(portal)), m_kioskId(std::move(kioskId)), m_local(std::move(local)), m_clock(clock) {}

Result<core::QueueTicket> QueueTickets::take(const core::QueueTicketRequest& request) {
    core::QueueTicket ticket;
    ticket.group = request.group;
    if (m_portal) {
        auto reply = m_portal->takeQueueTicket(request.group, ticketKey(m_kioskId));
        if (reply && splitIssuedAt(reply->issuedAt, ticket)) {
            ticket.number = std::to_string(reply->number);
            ticket.waiting = static_cast<int>(reply->waiting);
            return ticket;
        }
        std::cerr << "kiosk: cổng không cấp được số thứ tự, máy tự cấp số (no queue number from the portal: "
                  << (reply ? std::string("portal.bad_reply") : reply.error().error.code) << ")\n";
    }
    const LocalStamp now = stampOf(m_clock.localNow());
    auto number = m_local.next(now.day);
    if (!number) {
        std::cerr << "kiosk: " << number.error().message << " " << number.error().where << '\n';
        return number.error();
    }
    ticket.number = localTicketNumber(request.localPrefix, *number);
    ticket.time = now.time;
    ticket.date = now.date;
    ticket.local = true;
    return ticket;
}

std::unique_ptr<portal_client::PortalClient> openTicketPortal(const std::filesystem::path& configDir,
                                                              std::string& kioskId) {
    auto client = openEnrolledPortal(configDir, kTicketPortalWait, kioskId);
    if (client) return std::move(*client);
    if (client.error().code != "kiosk.not_enrolled") {
        std::cerr << "kiosk: số thứ tự chỉ cấp tại máy (queue numbers are local only: " << client.error().code << ")\n";
    }
    return nullptr;
}

}  // namespace kiosk

#pragma once
// The kiosk's core::QueueTicketSource: the portal's shared number (portal-api.md §4.14) when it
// answers within a few seconds, else the kiosk's own (LocalTicketNumbers, "K01-007") marked as
// local. Runs on the UI's ticket worker; the portal client is used from that thread only.
#include <filesystem>
#include <memory>
#include <string>

#include "kiosk/base/clock.hpp"
#include "kiosk/core/queue_ticket.hpp"
#include "kiosk/portal_client/portal_client.hpp"
#include "local_ticket_numbers.hpp"

namespace kiosk {

// How long a citizen waits for the portal's number before the kiosk gives its own.
inline constexpr std::chrono::seconds kTicketPortalWait{4};

class QueueTickets final : public core::QueueTicketSource {
public:
    // `portal` may be null (not enrolled): every number is then the kiosk's own.
    QueueTickets(std::unique_ptr<portal_client::PortalClient> portal, std::string kioskId, LocalTicketNumbers local,
                 const Clock& clock);
    Result<core::QueueTicket> take(const core::QueueTicketRequest& request) override;

private:
    std::unique_ptr<portal_client::PortalClient> m_portal;
    std::string m_kioskId;
    LocalTicketNumbers m_local;
    const Clock& m_clock;
};

// A portal client for the enrollment in `configDir`/enrollment with kTicketPortalWait as its
// whole budget; null, said on stderr without any secret, when the kiosk is not enrolled or the
// enrollment does not check out. `kioskId` gets the enrolled id.
std::unique_ptr<portal_client::PortalClient> openTicketPortal(const std::filesystem::path& configDir,
                                                              std::string& kioskId);

}  // namespace kiosk

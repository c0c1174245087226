#pragma once
// The kiosk's core::ResultDocuments: the portal's result document for a filing of this kiosk,
// read with the filing's look-up code (the owner's proof the kiosk holds sealed, checked at the
// kiosk before "In kết quả" is offered) and checked against its SHA-256 (portal-api.md §4.16).
// Runs on the UI's result worker, with an outbox connection and a portal client of its own.
#include <chrono>
#include <memory>

#include "kiosk/core/result_print.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/portal_client/portal_client.hpp"

namespace kiosk {

// How long a citizen waits for a result document before the kiosk says it could not get it.
inline constexpr std::chrono::seconds kResultPortalWait{20};

class PortalResultDocuments final : public core::ResultDocuments {
public:
    // `portal` may be null (not enrolled): every fetch is then result.not_reached.
    PortalResultDocuments(std::unique_ptr<portal_client::PortalClient> portal, std::unique_ptr<outbox::Outbox> box)
        : m_portal(std::move(portal)), m_box(std::move(box)) {}
    Result<std::string> fetch(const std::string& localReference, const std::string& sha256) override;

private:
    std::unique_ptr<portal_client::PortalClient> m_portal;
    std::unique_ptr<outbox::Outbox> m_box;
};

}  // namespace kiosk

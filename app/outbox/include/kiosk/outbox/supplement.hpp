#pragma once
// A supplement: what a citizen adds at the kiosk to a filing staff sent back for more (the
// documents asked for, and any answers staff reopened). It is an outbox job of its own, sealed
// under its own data key like a filing, delivered once with its client_supplement_id as the
// portal's Idempotency-Key (docs/outbox.md "Supplements", docs/portal-api.md §4.12).
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/core/filing_status.hpp"
#include "kiosk/core/filing_store.hpp"

namespace kiosk::outbox {

// A supplement handed to the delivery agent; its content is read with decryptSupplement().
struct ClaimedSupplement {
    std::string clientSupplementId;  // the Idempotency-Key, the same on every attempt
    std::string clientFilingId;      // the filing it adds to
    std::string localReference;
    std::string portalFilingId;  // the portal's id of that filing (known once it was delivered)
    std::chrono::sys_seconds createdAt{};
    int attempts = 0;
};

// A supplement's decrypted content. Personal data: wiped when destroyed; cannot be copied.
struct OpenedSupplement {
    std::string clientSupplementId;
    std::chrono::sys_seconds createdAt{};
    core::Filing content;                       // answers and attachments (slot ids and pages kept)
    std::vector<std::string> attachmentSha256;  // lower-case hex, one per attachment

    OpenedSupplement() = default;
    OpenedSupplement(OpenedSupplement&&) = default;
    OpenedSupplement& operator=(OpenedSupplement&&) = default;
    OpenedSupplement(const OpenedSupplement&) = delete;
    OpenedSupplement& operator=(const OpenedSupplement&) = delete;
    ~OpenedSupplement();
};

// What the kiosk may show about a supplement: whether it reached the portal, and the portal's
// signed answer (the documents it says it received) once it did.
struct SupplementView {
    std::string clientSupplementId;
    std::string delivery;             // "pending" | "delivered" | "failed"
    std::string lastError;            // a code, when not delivered yet or failed
    std::string acknowledgementJson;  // the signed proof, as kept; empty until delivered
    std::chrono::sys_seconds createdAt{};
};

// What the kiosk may show of `view`: its delivery, and once delivered the documents, pages and
// sizes the portal's signed answer lists (nothing when the kept answer cannot be read).
core::SupplementStatus supplementStatus(const SupplementView& view);

}  // namespace kiosk::outbox

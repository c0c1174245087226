#pragma once
// What the queue ticket tests share: a kiosk of the commune enrolled at a real kiosk-portal on
// loopback (its enrollment copied from the portal's enroll/<id>/ folder as kiosk-admin enroll
// does), its numbers through the kiosk's own QueueTickets (programs/kiosk), and a walk from the
// home screen to the ticket by widget ID.
#include <filesystem>
#include <memory>
#include <string>

#include "kiosk/config/config.hpp"
#include "queue_tickets.hpp"
#include "support/memory_filing_store.hpp"
#include "support/temp_dir.hpp"
#include "support/ui_driver.hpp"

namespace kiosk::test {

class QueueKiosk {
public:
    // A kiosk `kioskId` with local prefix `prefix` (and the CUPS queue `printer`, if any) on the
    // shipped config, enrolled from `portalData`; `portalUrl` empty keeps the enrolled URL.
    QueueKiosk(const std::filesystem::path& portalData, const std::string& kioskId, const std::string& prefix,
               const std::string& printer = {});

    UiDriver& ui() { return *m_ui; }
    const std::filesystem::path& dataDir() const { return m_data; }
    // Home → "Lấy số thứ tự" → the group `group`, then frames (real time, at most 20 s) until
    // the ticket or the failure shows.
    void takeTicket(const std::string& group);
    // As after a restart: a new QueueTickets on the same enrollment and data folder.
    void restart();

private:
    TempDir m_dir;
    std::filesystem::path m_config, m_data;
    std::string m_kioskId;
    MemoryFilingStore m_store;
    std::unique_ptr<QueueTickets> m_tickets;
    std::unique_ptr<UiDriver> m_ui;
};

std::shared_ptr<const config::Config> queueConfig(const std::string& kioskId, const std::string& prefix,
                                                  const std::string& printer);

}  // namespace kiosk::test

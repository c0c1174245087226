#include "ui/headless/queue_kiosks.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "support/paths.hpp"

namespace kiosk::test {
namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::shared_ptr<const config::Config> queueConfig(const std::string& kioskId, const std::string& prefix,
                                                  const std::string& printer) {
    auto loaded = config::loadConfig(shippedConfig());
    REQUIRE(loaded.ok());
    auto config = std::make_shared<config::Config>(std::move(*loaded));
    config->kiosk.kioskId = kioskId;
    config->kiosk.queue.localPrefix = prefix;
    config->kiosk.printer.name = printer;
    return config;
}

QueueKiosk::QueueKiosk(const fs::path& portalData, const std::string& kioskId, const std::string& prefix,
                       const std::string& printer)
    : m_dir("kiosk-queue"), m_config(m_dir.path() / "config"), m_data(m_dir.path() / "data"), m_kioskId(kioskId) {
    fs::create_directories(m_config / "enrollment");
    fs::create_directories(m_data);
    for (const auto& entry : fs::directory_iterator(portalData / "enroll" / kioskId)) {
        fs::copy_file(entry.path(), m_config / "enrollment" / entry.path().filename());  // keeps the mode
    }
    m_ui = std::make_unique<UiDriver>(queueConfig(kioskId, prefix, printer), m_store);
    restart();
}

void QueueKiosk::restart() {
    std::string enrolledId;
    auto portal = openTicketPortal(m_config, enrolledId);
    REQUIRE(portal != nullptr);
    CHECK(enrolledId == m_kioskId);
    m_ui->app().setQueueTickets(nullptr);
    m_tickets = std::make_unique<QueueTickets>(std::move(portal), enrolledId,
                                               LocalTicketNumbers(m_data / "queue-local"), m_ui->clock());
    m_ui->app().setQueueTickets(m_tickets.get());
}

void QueueKiosk::takeTicket(const std::string& group) {
    UiDriver& ui = *m_ui;
    if (ui.session().screen != core::Screen::Queue) ui.click("home.queue");
    ui.click("queue.group." + group);
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        if (ui.has("queue.number") || ui.has("queue.failed")) return;
        std::this_thread::sleep_for(10ms);
    }
    FAIL("no ticket within 20 s: " << ui.dump());
}

}  // namespace kiosk::test

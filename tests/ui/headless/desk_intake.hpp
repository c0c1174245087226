#pragma once
// The one-stop desk's intake in tests: the desk as the demo officer sees it against the real
// reference portal, its "Tiếp nhận hồ sơ" opening the kiosk's flow on the desk PC's outbox and
// printing into a paper tray, and waits on what the intake shows.
#include <doctest/doctest.h>

#include <mutex>
#include <thread>

#include "integration/portal/portal_process.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/desk/staff_portal.hpp"
#include "kiosk/receipt/printer.hpp"
#include "kiosk/ui/kiosk_app.hpp"
#include "support/desk_driver.hpp"
#include "ui/headless/birth_flow.hpp"

namespace kiosk::test {
// Keeps what the desk printed (the printer system itself is cups_print_test's).
class PaperTray final : public receipt::Printer {
public:
    Result<int> print(const std::string&, const std::string&, const std::string& pdf) override {
        std::lock_guard lock(m_mutex);
        m_pdfs.push_back(pdf);
        return static_cast<int>(m_pdfs.size());
    }
    std::vector<std::string> pdfs() const {
        std::lock_guard lock(m_mutex);
        return m_pdfs;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_pdfs;
};

// The intake owns its printer; the tray outlives it, so the test reads what was printed after
// the intake closed.
class TrayPrinter final : public receipt::Printer {
public:
    explicit TrayPrinter(std::shared_ptr<PaperTray> tray) : m_tray(std::move(tray)) {}
    Result<int> print(const std::string& queue, const std::string& title, const std::string& pdf) override {
        return m_tray->print(queue, title, pdf);
    }

private:
    std::shared_ptr<PaperTray> m_tray;
};

inline const core::Session& sessionOf(DeskDriver& desk) {
    const ui::KioskApp* intake = desk.app().intake();
    REQUIRE(intake != nullptr);
    return intake->session();
}

inline std::string pageOf(DeskDriver& desk) {
    const auto& s = sessionOf(desk);
    if (s.screen != core::Screen::Page) return "(not a form page)";
    return s.service->pages.at(static_cast<size_t>(s.pageIndex)).id;
}

inline void onPage(DeskDriver& desk, const char* id) {
    desk.frame();

    INFO(desk.dump());
    REQUIRE(pageOf(desk) == id);
}

// Waits for a widget's label (a card side taken, a scan finished).
inline void waitForLabel(DeskDriver& desk, std::string_view id, std::string_view label) {
    for (int frames = 0; frames < 12000; ++frames) {
        desk.frame();
        if (desk.has(id) && desk.label(id) == label) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    INFO(desk.dump());
    FAIL("never showed " << label << " at " << id);
}

// Waits for the document slot `key` to hold `pages` pages.
inline void waitForPages(DeskDriver& desk, const std::string& key, size_t pages) {
    for (int frames = 0; frames < 12000; ++frames) {
        desk.frame();
        const auto& s = sessionOf(desk);
        const auto it = s.documentPages.find(key);
        if (it != s.documentPages.end() && it->second.size() == pages) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    INFO(desk.dump());
    FAIL("the slot " << key << " never held " << pages << " pages");
}

// The desk as the officer sees it: the reference portal's demo officer, and "Tiếp nhận hồ sơ"
// opening the kiosk's flow on `box` (the desk PC's outbox), printing to `tray`.
inline std::unique_ptr<DeskDriver> openDesk(const std::filesystem::path& portalData, const PortalProcess& portal,
                                            std::shared_ptr<const config::Config> config, outbox::Outbox& box,
                                            core::StatusSource& status, std::shared_ptr<PaperTray> tray) {
    const desk::StaffCertificate certificate{portalData / "staff" / "STAFF-DEMO-01", portal.url()};
    auto client = desk::connectStaffPortal(certificate);
    REQUIRE(client);
    auto desk = std::make_unique<DeskDriver>(config, std::move(*client), "STAFF-DEMO-01");
    desk->app().setIntake([config, &box, &status, tray] {
        auto intake = std::make_unique<ui::KioskApp>(config, box);
        intake->setStatusSource(&status);
        intake->setReceiptPrinter(std::make_unique<TrayPrinter>(tray));
        return intake;
    });
    desk->waitForPortal();
    return desk;
}

inline std::shared_ptr<const config::Config> deskConfig(const config::CaptureSettings& capture) {
    auto edited = std::make_shared<config::Config>(*shippedConfigWithCapture(capture));
    edited->kiosk.printer.name = "quay-mot-cua";
    return edited;
}

}  // namespace kiosk::test

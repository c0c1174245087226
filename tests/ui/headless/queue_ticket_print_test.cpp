// The queue ticket on paper, through a real cupsd started by the test (tests/support/cupsd): a
// kiosk with [printer] takes a number from the real reference portal on loopback, the screen says
// the ticket printed, and the job that comes out of CUPS is the same ticket (pdftotext): the
// commune, "PHIẾU SỐ THỨ TỰ", the number, the group, the time and who waits. CUPS keeps no copy,
// and its records name no number. A cupsd that cannot run here exits 77: ctest shows it skipped.
// KIOSK_TICKET_PDF=<file> keeps the printed ticket to look at.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "integration/portal/portal_process.hpp"
#include "support/cupsd.hpp"
#include "support/font_caches.hpp"
#include "support/pdf_text.hpp"
#include "ui/headless/queue_kiosks.hpp"

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

// Frames (real time) until the print's outcome is not "Đang in phiếu…" any more.
std::string waitForPrint(UiDriver& ui) {
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        if (ui.has("queue.print_result") && ui.label("queue.print_result") != "Đang in phiếu, xin chờ một chút…") {
            return ui.label("queue.print_result");
        }
        std::this_thread::sleep_for(20ms);
    }
    FAIL("the ticket never finished printing");
    return {};
}

}  // namespace

TEST_CASE("a queue ticket from the portal prints through cupsd as the screen shows it") {
    Cupsd cups;
    if (const std::string why = cups.start(); !why.empty()) {
        std::cout << "SKIPPED: cupsd cannot start in this environment: " << why << std::endl;
        std::exit(77);
    }
    const std::string added = cups.addQueue();
    INFO("lpadmin: " << added);
    ::setenv("CUPS_SERVER", cups.server().c_str(), 1);

    TempDir dir("ui-queue-print");
    PortalProcess portal(dir.path() / "portal", {"--enroll", "KIOSK-B"});
    QueueKiosk other(dir.path() / "portal", "KIOSK-B", "K02");
    other.takeTicket("ho-tich");  // someone took number 1 at the other kiosk
    REQUIRE(other.ui().label("queue.number") == "1");

    QueueKiosk kiosk(dir.path() / "portal", "KIOSK-DEMO-01", "K01", "kiosktest");
    kiosk.takeTicket("ho-tich");
    REQUIRE(kiosk.ui().label("queue.number") == "2");
    CHECK(waitForPrint(kiosk.ui()) == "Đã in phiếu. Xin nhận phiếu ở khay máy in.");
    INFO(cups.errorLog());
    REQUIRE(cups.waitForOutput());
    if (const char* keep = std::getenv("KIOSK_TICKET_PDF")) std::filesystem::copy_file(cups.output(), keep);
    const std::string paper = pdfText(cups.output());
    CHECK(paper.find("Xã Hòa Phú") != std::string::npos);
    CHECK(paper.find("PHIẾU SỐ THỨ TỰ") != std::string::npos);
    CHECK(paper.find(kiosk.ui().label("queue.group")) != std::string::npos);
    CHECK(paper.find(kiosk.ui().label("queue.time")) != std::string::npos);
    CHECK(paper.find("Có 1 người đang chờ trước bạn.") != std::string::npos);
    CHECK(paper.find(" 2 ") != std::string::npos);  // the number, alone on its line
    CHECK_FALSE(spoolHoldsDocuments(cups.spool()));
    CHECK(portal.stop() == 0);
    ::unsetenv("CUPS_SERVER");
}

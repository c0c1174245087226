// "Lấy số thứ tự" by widget ID, with the real reference portal on loopback: two kiosks of the
// commune draw from the portal's one sequence per group and day (§4.14), each ticket shows its
// number, group, time and how many wait; with the portal down the kiosk numbers the ticket itself
// ("K01-001"), says so, and a restart does not reuse a number. A kiosk without paper shows the
// ticket and says to remember it. Printing through a real cupsd: queue_ticket_print_test.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <regex>

#include "integration/portal/portal_process.hpp"
#include "ui/headless/queue_kiosks.hpp"

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;
using core::Screen;

namespace {

const std::string kHoTich = "Quầy: Hộ tịch (khai sinh, kết hôn, khai tử)";

// "Lấy lúc 09:15 ngày 22/11/2025"
bool isTimeLine(const std::string& line) {
    return std::regex_match(line, std::regex("Lấy lúc [0-2][0-9]:[0-5][0-9] ngày [0-3][0-9]/[01][0-9]/20[0-9]{2}"));
}

}  // namespace

TEST_CASE("two kiosks share the portal's sequence; the ticket shows its number, group, time and who waits") {
    TempDir dir("ui-queue");
    PortalProcess portal(dir.path() / "portal", {"--enroll", "KIOSK-B"});
    QueueKiosk a(dir.path() / "portal", "KIOSK-DEMO-01", "K01");
    QueueKiosk b(dir.path() / "portal", "KIOSK-B", "K02");

    // The home screen offers it beside filing and looking up.
    REQUIRE(a.ui().label("home.queue") == "Lấy số thứ tự\nChờ đến lượt ở quầy");
    a.ui().click("home.queue");
    CHECK(a.ui().label("screen.title") == "Lấy số thứ tự");
    CHECK(a.ui().label("queue.group.ho-tich") == "Hộ tịch (khai sinh, kết hôn, khai tử)");
    CHECK(a.ui().has("queue.group.chung-thuc"));
    a.takeTicket("ho-tich");
    REQUIRE_MESSAGE(a.ui().has("queue.number"), a.ui().dump());
    CHECK(a.ui().label("queue.number") == "1");
    CHECK(a.ui().label("queue.group") == kHoTich);
    CHECK(isTimeLine(a.ui().label("queue.time")));
    CHECK(a.ui().label("queue.waiting") == "Không có ai chờ trước bạn.");
    CHECK_FALSE(a.ui().has("queue.local"));
    CHECK(a.ui().label("queue.next") == "Xin ngồi chờ. Khi số của bạn được gọi hoặc hiện trên bảng, hãy đến quầy.");
    // No [printer]: the screen is the ticket.
    CHECK(a.ui().label("queue.print_result") == "Máy này không in phiếu. Xin nhớ hoặc chụp lại số ở trên.");

    // The other kiosk's ticket follows in the same sequence, with one waiting before it.
    b.takeTicket("ho-tich");
    CHECK(b.ui().label("queue.number") == "2");
    CHECK(b.ui().label("queue.waiting") == "Có 1 người đang chờ trước bạn.");
    // Another group has its own sequence.
    b.ui().click("queue.done");
    CHECK(b.ui().session().screen == Screen::Home);
    b.takeTicket("chung-thuc");
    CHECK(b.ui().label("queue.number") == "1");
    CHECK(b.ui().label("queue.group") == "Quầy: Chứng thực bản sao, chữ ký");

    // "Xong" ends the visit; the next citizen at kiosk A gets 3.
    a.ui().click("queue.done");
    CHECK(a.ui().session().screen == Screen::Home);
    CHECK_FALSE(a.ui().session().queue.ticket.has_value());
    a.takeTicket("ho-tich");
    CHECK(a.ui().label("queue.number") == "3");
    CHECK(a.ui().label("queue.waiting") == "Có 2 người đang chờ trước bạn.");
    // The portal issued exactly these three tickets of ho-tich: nothing was numbered locally.
    CHECK_FALSE(std::filesystem::exists(a.dataDir() / "queue-local"));
    CHECK(portal.stop() == 0);
}

TEST_CASE("with the portal down the kiosk numbers the ticket itself, says so, and a restart keeps counting") {
    TempDir dir("ui-queue-down");
    PortalProcess portal(dir.path() / "portal");
    QueueKiosk a(dir.path() / "portal", "KIOSK-DEMO-01", "K01");
    a.takeTicket("ho-tich");
    REQUIRE(a.ui().label("queue.number") == "1");  // the portal's, while it runs
    a.ui().click("queue.done");
    REQUIRE(portal.stop() == 0);  // the fault: nothing listens on the enrolled address any more

    const auto asked = std::chrono::steady_clock::now();
    a.takeTicket("ho-tich");
    const auto waited = std::chrono::steady_clock::now() - asked;
    MESSAGE("local number after " << std::chrono::duration_cast<std::chrono::milliseconds>(waited).count() << " ms");
    CHECK(waited < kTicketPortalWait + 3s);
    REQUIRE_MESSAGE(a.ui().has("queue.number"), a.ui().dump());
    CHECK(a.ui().label("queue.number") == "K01-001");
    CHECK(a.ui().label("queue.local") ==
          "Số này do máy kiosk cấp vì chưa kết nối được hệ thống của xã. Cán bộ vẫn gọi theo số này.");
    CHECK(a.ui().label("queue.group") == kHoTich);
    CHECK(isTimeLine(a.ui().label("queue.time")));
    CHECK_FALSE(a.ui().has("queue.waiting"));  // the kiosk cannot know who waits
    a.ui().click("queue.done");
    a.takeTicket("dat-dai");
    CHECK(a.ui().label("queue.number") == "K01-002");  // one local sequence a day, all groups
    a.ui().click("queue.done");

    // A restart reads the day's count from the data folder: no number is given twice.
    a.restart();
    a.takeTicket("ho-tich");
    CHECK(a.ui().label("queue.number") == "K01-003");
    a.ui().click("queue.done");
    // The next day starts again from 1.
    a.ui().clock().setLocal(a.ui().clock().localNow() + std::chrono::hours(24));
    a.takeTicket("ho-tich");
    CHECK(a.ui().label("queue.number") == "K01-001");
    a.ui().click("queue.done");

    // A damaged count is not guessed at: no number, and the citizen is sent to the desk.
    std::ofstream(a.dataDir() / "queue-local") << "không phải của kiosk\n";
    a.takeTicket("ho-tich");
    CHECK(a.ui().label("queue.failed") == "Máy chưa lấy được số cho bạn. Xin chạm lại, hoặc đến quầy và báo cán bộ.");
    CHECK_FALSE(a.ui().has("queue.number"));
    CHECK(a.ui().has("queue.group.ho-tich"));  // may try again
}

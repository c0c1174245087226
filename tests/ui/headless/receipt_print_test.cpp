// The receipt's paper. Without kiosk.toml [printer] there is no "In giấy hẹn": the receipt is
// kept, encrypted in the outbox, and the citizen is told staff at the desk will print it. With
// one, printing runs on the print worker, so the screen keeps drawing while the printer system
// hangs ("Đang in..."), then says it printed or, in plain Vietnamese, why not, with "Thử in lại"
// (and a copy kept for the desk). The hang is a printer that blocks until the test lets it go
// (a fault a real cupsd cannot be made to show on demand); the unknown queue is the real CUPS
// client library. Real printing through a real cupsd: tests/integration/receipt.
#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <memory>
#include <mutex>
#include <thread>

#include "kiosk/receipt/printer.hpp"
#include "support/font_caches.hpp"
#include "support/pdf_text.hpp"
#include "support/temp_dir.hpp"
#include "ui/headless/fee_filing_walk.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* kPrinting = "Đang in giấy hẹn, xin chờ một chút…";

// A printer whose print() blocks until the test releases it, as a hung cupsd would; then
// it takes the job. It keeps what it was given so the test can read the PDF.
class HangingPrinter final : public receipt::Printer {
public:
    Result<int> print(const std::string& queue, const std::string& jobTitle, const std::string& pdf) override {
        std::unique_lock lock(m_mutex);
        m_entered = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_released; });
        m_queue = queue;
        m_title = jobTitle;
        m_pdf = pdf;
        return 42;
    }
    void release() {
        std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }
    bool waitEntered() {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, 10s, [this] { return m_entered; });
    }
    std::string queue() const { std::lock_guard lock(m_mutex); return m_queue; }
    std::string title() const { std::lock_guard lock(m_mutex); return m_title; }
    std::string pdf() const { std::lock_guard lock(m_mutex); return m_pdf; }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_entered = false;
    bool m_released = false;
    std::string m_queue, m_title, m_pdf;
};

// Gives the kiosk a printer that hangs until released; the kiosk owns it, the test holds it.
HangingPrinter& hangingPrinterFor(UiDriver& ui) {
    auto owned = std::make_unique<HangingPrinter>();
    HangingPrinter& printer = *owned;
    ui.app().setReceiptPrinter(std::move(owned));
    return printer;
}

std::shared_ptr<const config::Config> withPrinter(const StatusFixture& f, const std::string& queue) {
    auto config = std::make_shared<config::Config>(*f.config);
    config->kiosk.printer.name = queue;
    return config;
}

// Draws frames (the runner's wake-ups while the worker is busy) until the print result is no
// longer "Đang in...", for at most 20 s of real time.
std::string waitForPrintResult(UiDriver& ui) {
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        if (ui.has("receipt.print_result") && ui.label("receipt.print_result") != kPrinting) {
            return ui.label("receipt.print_result");
        }
        std::this_thread::sleep_for(10ms);
    }
    FAIL("the print never finished");
    return {};
}

}  // namespace

// Draws frames until the kept-receipt notice shows, for at most 20 s of real time.
std::string waitForKeptNotice(UiDriver& ui) {
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        if (ui.has("receipt.kept")) return ui.label("receipt.kept");
        std::this_thread::sleep_for(10ms);
    }
    FAIL("the receipt was never kept");
    return {};
}

// The text of the copy kept for `reference`, read back as staff would get it.
std::string keptText(StatusFixture& f, const std::string& reference) {
    auto kept = f.box->keptReceipt(reference);
    REQUIRE(kept.ok());
    REQUIRE(kept->rfind("%PDF-", 0) == 0);
    TempDir dir("kiosk-ui-kept");
    std::ofstream(dir.path() / "kept.pdf", std::ios::binary) << *kept;
    return pdfText(dir.path() / "kept.pdf");
}

// The kept copy is the receipt of `reference`.
void checkKeptReceipt(StatusFixture& f, const std::string& reference) {
    const std::string text = keptText(f, reference);
    CHECK(text.find(reference) != std::string::npos);
    CHECK(text.find("Lê Thị Hoa") != std::string::npos);
}

TEST_CASE("without a printer the receipt is kept for the desk and the citizen is told so") {
    StatusFixture f;
    REQUIRE(f.config->kiosk.printer.name.empty());
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);
    CHECK_FALSE(ui.has("receipt.print"));
    CHECK(waitForKeptNotice(ui) == "Cán bộ ở quầy sẽ in giấy tiếp nhận cho bạn. Hãy đến quầy và đọc mã hồ sơ ở trên.");
    checkKeptReceipt(f, reference);

    // The portal answers while the citizen is still on the receipt: the copy kept for the desk
    // is made again under the official mã hồ sơ, and the notice stays meanwhile.
    const std::string maHoSo = "000.00.00.H66-261129-0007";
    f.deliver(reference, maHoSo);
    ui.wait(3s);
    REQUIRE(ui.label("receipt.ma_ho_so") == maHoSo);
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    std::string text = keptText(f, reference);
    while (text.find(maHoSo) == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        CHECK(ui.has("receipt.kept"));
        std::this_thread::sleep_for(20ms);
        text = keptText(f, reference);
    }
    CHECK(text.find(maHoSo) != std::string::npos);
    CHECK(text.find("Lê Thị Hoa") != std::string::npos);
    ui.frame();
    CHECK(ui.has("receipt.kept"));
}

TEST_CASE("a hung printer never freezes the screen, and the receipt prints once it answers") {
    StatusFixture f;
    UiDriver ui(withPrinter(f, "quay-1"), *f.box);
    ui.app().setStatusSource(f.status.get());
    HangingPrinter& printer = hangingPrinterFor(ui);
    const std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);

    REQUIRE(ui.label("receipt.print") == "In giấy hẹn");
    ui.click("receipt.print");
    REQUIRE(printer.waitEntered());
    // The printer is stuck inside print(); frames still come, quickly, and say "Đang in...".
    auto slowest = std::chrono::steady_clock::duration::zero();
    for (int i = 0; i < 30; ++i) {
        const auto start = std::chrono::steady_clock::now();
        ui.frame();
        slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
        CHECK(ui.label("receipt.print_result") == kPrinting);
    }
    MESSAGE("slowest frame while the printer hung: "
            << std::chrono::duration_cast<std::chrono::microseconds>(slowest).count() << " us");
    CHECK(slowest < 500ms);
    CHECK_FALSE(ui.has("receipt.print"));      // no second job while one is in hand
    CHECK(ui.has("receipt.done"));             // the citizen can still finish
    CHECK(ui.app().nextWakeup().has_value());  // the idle countdown still ticks

    printer.release();
    CHECK(waitForPrintResult(ui) == "Đã gửi giấy hẹn tới máy in. Xin nhận giấy ở khay máy in.");
    CHECK(printer.queue() == "quay-1");
    CHECK(printer.title() == "Giay hen");  // no name, no code in what lpstat shows
    const std::string pdf = printer.pdf();
    REQUIRE(pdf.rfind("%PDF-", 0) == 0);
    TempDir dir("kiosk-ui-print");
    std::ofstream(dir.path() / "job.pdf", std::ios::binary) << pdf;
    const std::string text = pdfText(dir.path() / "job.pdf");
    CHECK(text.find(reference) != std::string::npos);
    CHECK(text.find("Lê Thị Hoa") != std::string::npos);
    CHECK(ui.has("receipt.print"));  // may print again
    CHECK_FALSE(ui.has("receipt.kept"));
    CHECK(f.box->keptReceipt(reference).error().code == "outbox.no_receipt");  // printed: nothing kept
}

TEST_CASE("a printer that fails is told plainly, offers a retry, and the citizen stays on the receipt") {
    StatusFixture f;
    UiDriver ui(withPrinter(f, "khong-co-may-in-nay"), *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);
    REQUIRE(ui.has("receipt.print"));
    CHECK_FALSE(ui.has("receipt.print_result"));
    ui.click("receipt.print");
    INFO(ui.dump());
    const std::string message = waitForPrintResult(ui);
    CHECK(message.find("Hồ sơ của bạn đã được lưu an toàn") != std::string::npos);
    CHECK(ui.label("receipt.print") == "Thử in lại");
    // Not printed, so kept for the desk.
    CHECK(ui.label("receipt.kept").find("Cán bộ ở quầy sẽ in giấy tiếp nhận") != std::string::npos);
    checkKeptReceipt(f, reference);
    CHECK(ui.session().screen == core::Screen::Receipt);
    CHECK(ui.has("receipt.title"));

    // The next citizen does not see the last one's printer message.
    ui.click("receipt.done");
    ui.click("rating.skip");
    fileFeeService(ui, FeeChoice::AtTheDesk);
    CHECK_FALSE(ui.has("receipt.print_result"));
    CHECK(ui.label("receipt.print") == "In giấy hẹn");
}

TEST_CASE("no ordinary idle timeout while the receipt is still printing") {
    StatusFixture f;
    UiDriver ui(withPrinter(f, "quay-1"), *f.box);
    ui.app().setStatusSource(f.status.get());
    HangingPrinter& printer = hangingPrinterFor(ui);
    fileFeeService(ui, FeeChoice::AtTheDesk);
    ui.click("receipt.print");
    REQUIRE(printer.waitEntered());
    ui.wait(200s);  // the ordinary 120 s is long gone; the printer still has the job
    CHECK_FALSE(ui.has("idle.more_time"));
    CHECK(ui.label("receipt.print_result") == kPrinting);

    printer.release();
    waitForPrintResult(ui);
    // Printed: the ordinary timeout runs again, from the moment the print ended.
    ui.wait(85s);
    CHECK_FALSE(ui.has("idle.more_time"));
    ui.wait(10s);
    CHECK(ui.has("idle.more_time"));
}

TEST_CASE("without paper the code can be heard: spelled out twice, on request") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);
    REQUIRE(ui.has("receipt.qr"));
    REQUIRE(ui.has("receipt.no_paper"));
    ui.click("receipt.read_code");
    ui.frame();
    const auto said = ui.app().lastSaid();
    CHECK(said.voice == speech::Voice::Vietnamese);
    INFO(said.text);
    CHECK(said.text.starts_with("Mã hồ sơ của bạn là: "));
    CHECK(said.text.find("gạch ngang, không không không một. Xin nhắc lại: ") != std::string::npos);
    CHECK(reference.ends_with("-0001"));

    // With a printer that works, the paper is the way to take the code away.
    StatusFixture g;
    UiDriver printing(withPrinter(g, "quay-1"), *g.box);
    printing.app().setStatusSource(g.status.get());
    fileFeeService(printing, FeeChoice::AtTheDesk);
    CHECK_FALSE(printing.has("receipt.read_code"));
}

// The receipt after a filing is stored: with a fee, the VietQR comes first (the kiosk's own QR at
// once, the portal's once kiosk-sync has it) and the kiosk moves on by itself when the cache says
// paid; then the "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" with the mã hồ sơ replacing the local
// reference. Everything is read from a real outbox's status cache, never the network.
#include <doctest/doctest.h>

#include <condition_variable>
#include <mutex>

#include "kiosk/base/folder_changes.hpp"
#include "kiosk/core/receipt.hpp"
#include "kiosk/payment/vietqr.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/fee_filing_walk.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;
using namespace std::chrono_literals;

namespace {

constexpr const char* kMaHoSo = "000.00.00.H66-251124-0001";

std::string vi(const UiDriver& ui, const std::string& key) { return ui.session().config->locales.vi.at(key); }

outbox::PaymentView currentPayment(StatusFixture& f, const std::string& reference) {
    auto view = f.box->statusOf(reference);
    REQUIRE(view.ok());
    REQUIRE(view->has_value());
    return (*view)->payment;
}

forms::Date localToday() {
    const auto today = localDateDaysAgo(0);
    return *forms::parseDate(today);
}

// kiosk-sync delivered the filing and the portal made its payment intent: a pending VietQR for
// the 10.000 đồng fee, paying `bank`/`account` under the mã hồ sơ. Returns the QR's payload.
std::string portalAsksPayment(StatusFixture& f, const std::string& reference,
                              const std::string& bank = "970415", const std::string& account = "0011001932418") {
    f.deliver(reference, kMaHoSo);
    auto intent = currentPayment(f, reference);
    const auto qr = payment::buildVietQr({bank, account, "10000", kMaHoSo});
    REQUIRE(qr.ok());
    intent.state = outbox::PaymentState::Pending;
    intent.paymentIntentId = "p-" + account;
    intent.amount = 10000;
    intent.vietqrPayload = *qr;
    REQUIRE(f.box->storePayment(f.filingId(reference), intent).ok());
    return *qr;
}

}  // namespace

TEST_CASE("a fee is paid by VietQR first; the receipt then shows the mã hồ sơ and the appointment") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    fileFeeService(ui, FeeChoice::Pending);
    const std::string reference = ui.session().reference;
    CHECK(ui.session().answers.empty());  // personal data gone; the receipt keeps the name only

    // The kiosk's own QR at once: the commune's account from kiosk.toml, the local reference.
    REQUIRE(ui.has("payment.qr"));
    auto own = payment::parseVietQr(ui.label("payment.qr"));
    REQUIRE(own.ok());
    CHECK(own->bankBin == "970415");
    CHECK(own->account == "0011001932418");
    CHECK(own->amount == "10000");
    CHECK(own->purpose == reference);
    CHECK(ui.label("payment.amount") == "10.000 đồng");
    CHECK(ui.label("payment.words") == "Bằng chữ: mười nghìn đồng");
    CHECK(currentPayment(f, reference).state == outbox::PaymentState::Requested);  // kiosk-sync was asked

    // kiosk-sync delivers the filing and creates the portal's payment intent.
    const std::string portalQr = portalAsksPayment(f, reference);
    ui.wait(3s);
    CHECK(ui.label("payment.qr") == portalQr);
    CHECK(ui.label("payment.purpose").find(kMaHoSo) != std::string::npos);
    REQUIRE(ui.session().awaitingPayment);

    // Paid: the kiosk moves on by itself.
    auto intent = currentPayment(f, reference);
    intent.state = outbox::PaymentState::Paid;
    intent.paidAt = "2025-11-24T09:20:00+07:00";
    intent.bankReference = "FT25328000123";
    REQUIRE(f.box->storePayment(f.filingId(reference), intent).ok());
    ui.wait(3s);
    INFO(ui.dump());
    REQUIRE_FALSE(ui.session().awaitingPayment);
    CHECK(ui.label("receipt.ma_ho_so") == kMaHoSo);
    CHECK(ui.label("receipt.qr") == kMaHoSo);
    CHECK(ui.label("receipt.reference").find(reference) != std::string::npos);
    CHECK(ui.label("receipt.title") == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
    CHECK(ui.label("receipt.applicant") == "Người nộp hồ sơ: Lê Thị Hoa");
    CHECK(ui.label("receipt.procedure") == "Thủ tục: Thủ tục thử có lệ phí (mã 9.000001)");
    CHECK(ui.label("receipt.received") == "Ngày nhận hồ sơ: " + forms::formatDate(localToday()));
    CHECK(ui.label("receipt.documents") == "Giấy tờ đã nộp:");
    CHECK(ui.label("receipt.expected") ==
          "Ngày hẹn trả kết quả (dự kiến): " +
              forms::formatDate(forms::Date(f.config->calendar.dueDate(std::chrono::sys_days(localToday()), 0, 3))));
    // Paid on the portal's word, with the bank's time and reference to show for it.
    CHECK(ui.label("receipt.fee") ==
          "Lệ phí: 10.000 đồng, đã nộp. Ngân hàng xác nhận lúc 24/11/2025 09:20, mã giao dịch FT25328000123.");

    // Staff accept it: the receipt follows, with the portal's own date.
    f.event(reference, 1, "accept", "accepted", 2, "", "2025-11-27T17:00:00+07:00");
    ui.wait(3s);
    CHECK(ui.label("receipt.status.result") == vi(ui, "status.code_2"));
    CHECK(ui.label("receipt.expected") == "Ngày hẹn trả kết quả: 27/11/2025");

    ui.click("receipt.done");
    CHECK(ui.session().receipt.applicantName.empty());  // gone before the rating asks
    ui.click("rating.skip");
    CHECK(ui.session().screen == Screen::Home);
    CHECK(ui.session().receipt.applicantName.empty());
}

TEST_CASE("a status kiosk-sync writes shows in the next frame: the outbox's folder wakes the kiosk") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::Pending);
    ui.click("payment.at_desk");
    f.deliver(reference, kMaHoSo);
    ui.wait(3s);
    REQUIRE(ui.label("receipt.ma_ho_so") == kMaHoSo);
    const auto shownStatus = [&ui] {
        return ui.has("receipt.status.result") ? ui.label("receipt.status.result") : std::string();
    };
    const std::string before = shownStatus();

    // No time passes and no one says the cache changed: the screen keeps what it read.
    f.event(reference, 1, "accept", "accepted", 2);
    ui.frame();
    ui.frame();
    CHECK(shownStatus() == before);

    // What the kiosk's main sets up: a change under the data folder notes it and wakes the loop.
    std::mutex m;
    std::condition_variable cv;
    int told = 0;
    FolderChanges changes(f.dataDir(), [&] {
        ui.app().noteStatusChanged();
        const std::lock_guard lock(m);
        ++told;
        cv.notify_one();
    });
    REQUIRE(changes.watching());
    f.event(reference, 2, "start_processing", "processing", 4);
    // Each word from the watcher is followed by one frame, with the clock stopped; a word for
    // an earlier write may come first, so this waits for the one that brings the new status.
    for (int seen = 0; seen < 20 && shownStatus() != vi(ui, "status.code_4");) {
        std::unique_lock lock(m);
        REQUIRE(cv.wait_for(lock, 10s, [&] { return told > seen; }));
        seen = told;
        lock.unlock();
        ui.frame();
    }
    CHECK(shownStatus() == vi(ui, "status.code_4"));
}

TEST_CASE("the citizen may pay at the desk instead, and the receipt says so") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    fileFeeService(ui, FeeChoice::Pending);
    ui.click("payment.at_desk");
    CHECK(ui.label("receipt.fee") == "Lệ phí: 10.000 đồng, nộp tại quầy của xã.");
    // Not yet delivered: the local reference is the code, and the receipt says the official
    // one is on its way.
    CHECK(ui.label("receipt.reference") == ui.session().reference);
    CHECK(ui.has("receipt.waiting"));
    CHECK(ui.label("receipt.status.result") == vi(ui, "status.waiting_send"));
}

TEST_CASE("an expired QR can be renewed, and without an account the fee screen sends the citizen to the desk") {
    StatusFixture f;
    auto noAccount = std::make_shared<config::Config>(*f.config);
    noAccount->kiosk.payment = {};
    UiDriver ui(noAccount, *f.box);
    ui.app().setStatusSource(f.status.get());
    fileFeeService(ui, FeeChoice::Pending);
    const std::string reference = ui.session().reference;
    CHECK_FALSE(ui.has("payment.qr"));
    CHECK(ui.label("payment.no_qr") == vi(ui, "payment.no_qr"));
    CHECK(ui.label("payment.words") == "Bằng chữ: mười nghìn đồng");

    f.deliver(reference, kMaHoSo);
    auto intent = currentPayment(f, reference);
    intent.state = outbox::PaymentState::Expired;
    REQUIRE(f.box->storePayment(f.filingId(reference), intent).ok());
    ui.wait(3s);
    CHECK(ui.has("payment.expired"));
    ui.click("payment.new_qr");
    const auto renewed = currentPayment(f, reference);
    CHECK(renewed.state == outbox::PaymentState::Requested);
    CHECK(renewed.attempt == intent.attempt + 1);
}

TEST_CASE("a free filing goes straight to the receipt") {
    StatusFixture f;
    auto free = std::make_shared<config::Config>(*f.config);
    for (auto& service : free->services) {
        if (service.id == "thu-phi-mau") service.fee = {};
    }
    UiDriver ui(free, *f.box);
    ui.app().setStatusSource(f.status.get());
    fileFeeService(ui, FeeChoice::Pending);
    CHECK_FALSE(ui.session().awaitingPayment);
    CHECK(ui.label("receipt.fee") == "Lệ phí: không mất phí.");
}

TEST_CASE("no ordinary idle timeout while the fee's transfer is awaited; the receipt then gets a full one") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    REQUIRE(f.config->kiosk.idleTimeoutSeconds == 120);
    REQUIRE(f.config->kiosk.idleWaitingTimeoutSeconds == 600);
    const std::string reference = fileFeeService(ui, FeeChoice::Pending);
    REQUIRE(ui.session().awaitingPayment);

    // A citizen fumbling with a bank app for five minutes is neither warned nor sent away.
    for (int i = 0; i < 5; ++i) {
        ui.wait(60s);
        CHECK_FALSE(ui.has("idle.more_time"));
        REQUIRE(ui.has("payment.qr"));
    }
    // The longer timeout still ends an abandoned fee screen, with the same warning first.
    ui.wait(4min + 35s);  // 575 s without a touch
    REQUIRE(ui.has("idle.more_time"));
    ui.click("idle.more_time");
    REQUIRE(ui.has("payment.qr"));

    // Paid: the receipt's ordinary timeout starts from the moment the kiosk moved on.
    f.deliver(reference, kMaHoSo);
    auto intent = currentPayment(f, reference);
    intent.state = outbox::PaymentState::Paid;
    intent.paidAt = "2025-11-24T09:20:00+07:00";
    REQUIRE(f.box->storePayment(f.filingId(reference), intent).ok());
    ui.wait(3s);
    REQUIRE_FALSE(ui.session().awaitingPayment);
    REQUIRE(ui.has("receipt.title"));
    ui.wait(85s);
    CHECK_FALSE(ui.has("idle.more_time"));
    CHECK(ui.has("receipt.title"));
    ui.wait(10s);
    CHECK(ui.has("idle.more_time"));
    ui.wait(30s);
    CHECK(ui.session().screen == Screen::Home);
    CHECK(ui.session().reference.empty());
}

namespace {

// Every text the screen drew last frame, labels and read-aloud text alike.
std::string everythingShown(const UiDriver& ui) {
    std::string out;
    for (const auto& w : ui.app().widgets().all()) out += w.label + "\n";
    return out + ui.app().readAloud().text;
}

}  // namespace

TEST_CASE("the fee screen shows one code, who is paid, and waits once the citizen says they paid") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::Pending);

    // The kiosk's own QR: the code it carries is the one code on screen.
    CHECK(ui.label("payment.purpose") == reference);
    CHECK(ui.label("payment.payee") == "Người nhận: " + f.config->kiosk.payment.accountName);
    CHECK(ui.label("payment.words") == "Bằng chữ: mười nghìn đồng");

    // The portal's QR carries the mã hồ sơ: then the local reference is nowhere on the screen.
    const std::string portalQr = portalAsksPayment(f, reference);
    ui.wait(3s);
    REQUIRE(ui.label("payment.qr") == portalQr);
    CHECK(ui.label("payment.purpose") == kMaHoSo);
    CHECK(everythingShown(ui).find(reference) == std::string::npos);
    CHECK(ui.label("payment.payee") == "Người nhận: " + f.config->kiosk.payment.accountName);

    // The main button is "Tôi đã chuyển xong", on the right; paying at the desk sits beside it.
    REQUIRE(ui.has("payment.transferred"));
    REQUIRE(ui.has("payment.at_desk"));
    CHECK(ui.label("payment.transferred") == vi(ui, "payment.transferred"));
    CHECK(ui.find("payment.transferred")->min.x > ui.find("payment.at_desk")->max.x);
    ui.click("payment.transferred");
    CHECK(ui.session().transferClaimed);
    CHECK(ui.session().awaitingPayment);  // only the bank's word moves the screen on
    CHECK(ui.has("payment.checking"));
    CHECK_FALSE(ui.find("payment.transferred")->enabled);
    CHECK(ui.label("payment.transferred") == vi(ui, "payment.waiting_bank"));
    CHECK(ui.has("payment.qr"));  // still there for a citizen who had not finished after all

    auto intent = currentPayment(f, reference);
    intent.state = outbox::PaymentState::Paid;
    REQUIRE(f.box->storePayment(f.filingId(reference), intent).ok());
    ui.wait(3s);
    CHECK_FALSE(ui.session().awaitingPayment);
    CHECK(ui.has("receipt.title"));
}

TEST_CASE("a portal QR paying an account the kiosk does not know is shown without a payee name") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::Pending);
    const std::string otherQr = portalAsksPayment(f, reference, "970436", "9988776655");
    ui.wait(3s);
    REQUIRE(ui.label("payment.qr") == otherQr);
    CHECK_FALSE(ui.has("payment.payee"));
}

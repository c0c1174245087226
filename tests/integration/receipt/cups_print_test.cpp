// The kiosk's printer code against a real cupsd (Debian's cups): cupsd runs as a child on a free
// loopback port with a temporary ServerRoot and the kiosk's own cupsd settings
// (packaging/cups/kiosk-cupsd.conf), one queue writing to a file (FileDevice Yes) through
// cups-filters' Generic PDF Printer. The print worker renders a receipt and hands it to CUPS as
// the kiosk does; the test reads the job's output back with pdftotext and checks that CUPS kept
// no copy of it in its spool. Skipped, saying why, only when cupsd cannot start here.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include "kiosk/admin/cli.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/receipt/print_worker.hpp"
#include "support/cupsd.hpp"
#include "support/font_caches.hpp"
#include "support/pdf_text.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

receipt::ReceiptDocument sampleReceipt(const std::string& code) {
    receipt::ReceiptDocument d;
    d.title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    d.office = "UBND xã Hòa Phú";
    d.code = code;
    d.codeLine = "Mã hồ sơ của bạn: " + code;
    d.body = {{"receipt.applicant", receipt::BlockKind::Paragraph, "Người nộp hồ sơ: Lê Thị Hoa"},
              {"receipt.procedure", receipt::BlockKind::Paragraph, "Thủ tục: Chứng thực bản sao (2.000815)"}};
    return d;
}

// Starts `cups` and adds the kiosktest queue; returns what lpadmin said, or nullopt when cupsd
// cannot run in this environment (the test is then reported as skipped).
std::optional<std::string> startWithQueue(Cupsd& cups) {
    if (const std::string why = cups.start(); !why.empty()) {
        MESSAGE("SKIPPED: cupsd cannot start in this environment: " << why);
        return std::nullopt;
    }
    return cups.addQueue();
}

}  // namespace

TEST_CASE("a receipt printed through a real cupsd comes out whole and leaves no copy in the spool") {
    Cupsd cups;
    const auto added = startWithQueue(cups);
    if (!added) return;
    INFO("lpadmin: " << *added);
    // The kiosk's code reaches this cupsd the way it reaches any: through CUPS_SERVER.
    ::setenv("CUPS_SERVER", cups.server().c_str(), 1);

    const std::string code = "KIOSK01-261129-0042";
    receipt::PrintWorker worker(std::make_unique<receipt::CupsPrinter>());
    worker.submit({"kiosktest", "Giay hen", sampleReceipt(code), true});
    auto result = worker.wait(60s);
    REQUIRE(result);
    INFO(cups.errorLog());
    REQUIRE_FALSE(result->error);
    REQUIRE(result->cupsJob);
    CHECK(*result->cupsJob > 0);
    CHECK(result->pdf.empty());  // printed: nothing handed back to keep

    // The job passes cups-filters' pdftopdf and lands in the queue's file.
    REQUIRE(cups.waitForOutput());
    const std::string text = pdfText(cups.output());
    CHECK(text.find(code) != std::string::npos);
    CHECK(text.find("Người nộp hồ sơ: Lê Thị Hoa") != std::string::npos);
    CHECK(text.find("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") != std::string::npos);
    // PreserveJobFiles No: the spooled copy of the receipt is gone once the job is done.
    CHECK_FALSE(spoolHoldsDocuments(cups.spool()));
    // The job title in CUPS's records carries neither the name nor the code.
    CHECK(cups.errorLog().find(code) == std::string::npos);

    // An unknown queue on the same cupsd is the plain Vietnamese refusal.
    worker.submit({"khong-co", "Giay hen", sampleReceipt(code), false});
    auto refused = worker.wait(60s);
    REQUIRE(refused);
    REQUIRE(refused->error);
    CHECK(refused->error->code == "receipt.no_printer");
    ::unsetenv("CUPS_SERVER");
}

TEST_CASE("staff print a kept receipt through cupsd with kiosk-admin receipt --print") {
    Cupsd cups;
    const auto added = startWithQueue(cups);
    if (!added) return;
    INFO("lpadmin: " << *added);
    TempDir dir("kiosk-cups-admin");
    auto box = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(dir.path() / "kiosk-data", "KIOSK01"));
    REQUIRE(box.ok());
    auto stored = (*box)->submit(core::Filing{"thu-phi-mau", "9.000001", {{"ho_ten", "Lê Thị Hoa"}}, {}, 10000, 0});
    REQUIRE(stored.ok());
    auto pdf = receipt::renderReceiptPdf(sampleReceipt(stored->localReference));
    REQUIRE(pdf.ok());
    REQUIRE((*box)->keepReceipt(stored->localReference, *pdf).ok());

    ::setenv("CUPS_SERVER", cups.server().c_str(), 1);
    std::ostringstream out, err;
    const int status = admin::run({"--config", (dir.path() / "kiosk-config").string(), "receipt",
                                   stored->localReference, "--print", "kiosktest"},
                                  out, err);
    ::unsetenv("CUPS_SERVER");
    INFO(err.str());
    REQUIRE(status == 0);
    CHECK(out.str().find("Đã gửi giấy tiếp nhận tới máy in kiosktest") != std::string::npos);
    REQUIRE(cups.waitForOutput());
    CHECK(pdfText(cups.output()).find(stored->localReference) != std::string::npos);
}

// kiosk-admin receipt REF --out FILE.pdf: staff get the receipt the kiosk kept (no printer
// printed it) as a real PDF, created 0600 and never over an existing file; an unknown
// reference or a shredded filing is a plain Vietnamese refusal.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include "admin_support.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/receipt/receipt_pdf.hpp"
#include "support/font_caches.hpp"
#include "support/pdf_text.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct KeptReceipt {
    TempDir dir{"kiosk-admin-receipt"};
    std::filesystem::path config = dir.path() / "kiosk-config";  // kiosk-data sits beside it
    std::unique_ptr<outbox::Outbox> box;
    std::string reference;
    std::string clientFilingId;

    KeptReceipt() {
        auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(dir.path() / "kiosk-data", "KIOSK01"));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        core::Filing filing{"thu-phi-mau", "9.000001", {{"ho_ten", "Lê Thị Hoa"}}, {}, 10000, 0};
        auto stored = box->submit(filing);
        REQUIRE(stored.ok());
        reference = stored->localReference;
        receipt::ReceiptDocument d;
        d.title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
        d.code = reference;
        d.codeLine = "Mã hồ sơ của bạn: " + reference;
        d.body = {{"receipt.applicant", receipt::BlockKind::Paragraph, "Người nộp hồ sơ: Lê Thị Hoa"}};
        auto pdf = receipt::renderReceiptPdf(d);
        REQUIRE(pdf.ok());
        REQUIRE(box->keepReceipt(reference, *pdf).ok());
        auto claimed = box->claimNextPending();
        REQUIRE(claimed.ok());
        REQUIRE(claimed->has_value());
        clientFilingId = (*claimed)->clientFilingId;
    }
    AdminRun exportTo(const std::filesystem::path& file, const std::string& ref) const {
        return runAdmin({"--config", config.string(), "receipt", ref, "--out", file.string()});
    }
};

mode_t modeOf(const std::filesystem::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("kiosk-admin receipt exports the kept receipt as a private PDF and never overwrites") {
    KeptReceipt k;
    const auto file = k.dir.path() / "giay-tiep-nhan.pdf";
    const AdminRun run = k.exportTo(file, k.reference);
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("Đã ghi giấy tiếp nhận") != std::string::npos);
    CHECK(modeOf(file) == 0600);
    const std::string bytes = readText(file);
    CHECK(bytes.rfind("%PDF-", 0) == 0);
    const std::string text = pdfText(file);
    CHECK(text.find(k.reference) != std::string::npos);
    CHECK(text.find("Lê Thị Hoa") != std::string::npos);

    writeText(file, "staff's own file");
    const AdminRun again = k.exportTo(file, k.reference);
    CHECK(again.status == 1);
    CHECK(again.err.find("không ghi đè") != std::string::npos);
    CHECK(readText(file) == "staff's own file");
}

TEST_CASE("kiosk-admin receipt refuses an unknown reference and a shredded filing plainly") {
    KeptReceipt k;
    const AdminRun unknown = k.exportTo(k.dir.path() / "a.pdf", "KIOSK01-991231-9999");
    CHECK(unknown.status == 1);
    CHECK(unknown.err.find("Không có hồ sơ nào mang mã này") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(k.dir.path() / "a.pdf"));

    REQUIRE(k.box->markDelivered(k.clientFilingId, {"000.00.00.H66-261129-0003", "{}"}).ok());
    REQUIRE(k.box->destroyKey(k.clientFilingId).ok());
    const AdminRun shredded = k.exportTo(k.dir.path() / "b.pdf", "000.00.00.H66-261129-0003");
    CHECK(shredded.status == 1);
    CHECK(shredded.err.find("đã được xóa sau thời hạn lưu giữ") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(k.dir.path() / "b.pdf"));

    const AdminRun neither = runAdmin({"--config", k.config.string(), "receipt", k.reference});
    CHECK(neither.status == 2);
    CHECK(neither.err.find("--out") != std::string::npos);
}

TEST_CASE("kiosk-admin supplement-receipt exports the latest supplement receipt kept for the filing") {
    KeptReceipt k;
    const auto file = k.dir.path() / "bo-sung.pdf";
    const auto exportSupplement = [&k](const std::filesystem::path& to) {
        return runAdmin(
            {"--config", k.config.string(), "supplement-receipt", "000.00.00.H66-261129-0004", "--out", to.string()});
    };
    outbox::PortalStatusUpdate received;
    received.clientFilingId = k.clientFilingId;
    received.portalFilingId = "f-4";
    received.status = "submitted";
    REQUIRE(k.box->markDelivered(k.clientFilingId, {"000.00.00.H66-261129-0004", "{}", received}).ok());
    const AdminRun none = exportSupplement(file);
    CHECK(none.status == 1);
    CHECK(none.err.find("giấy tiếp nhận bổ sung") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));

    core::Filing pages;
    pages.attachments.push_back(
        {"giay_chung_sinh-1.jpg", "image/jpeg", {0xff, 0xd8, 0xff, 0xd9}, "giay_chung_sinh", 1});
    auto supplement = k.box->submitSupplement(k.reference, pages);
    REQUIRE(supplement.ok());
    receipt::ReceiptDocument d;
    d.title = "GIẤY TIẾP NHẬN BỔ SUNG HỒ SƠ";
    d.code = "000.00.00.H66-261129-0004#K7M3PX";
    d.codeLine = "Mã hồ sơ: 000.00.00.H66-261129-0004 – Mã tra cứu: K7M3PX";
    auto pdf = receipt::renderReceiptPdf(d);
    REQUIRE(pdf.ok());
    REQUIRE(k.box->keepSupplementReceipt(*supplement, *pdf).ok());

    const AdminRun run = exportSupplement(file);
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(modeOf(file) == 0600);
    const std::string text = pdfText(file);
    CHECK(text.find("BỔ SUNG HỒ SƠ") != std::string::npos);
    CHECK(text.find("K7M3PX") != std::string::npos);
    // The filing's own receipt is still the one `receipt` gives.
    const auto own = k.dir.path() / "giay-tiep-nhan.pdf";
    REQUIRE(k.exportTo(own, k.reference).status == 0);
    CHECK(pdfText(own).find("Lê Thị Hoa") != std::string::npos);
}

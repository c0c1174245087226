// The receipt PDF is a valid PDF whose text (with Vietnamese diacritics) and QR can be read
// back by independent tools: pdftotext, pdftoppm (poppler-utils) and zbarimg.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "kiosk/receipt/receipt_pdf.hpp"
#include "support/font_caches.hpp"
#include "support/pdf_text.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using kiosk::receipt::ReceiptDocument;
using kiosk::receipt::renderReceiptPdf;
using kiosk::test::runCommand;
using kiosk::test::squeezed;

namespace {

ReceiptDocument sample() {
    ReceiptDocument d;
    d.title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    d.office = "UBND xã Thử Nghiệm";
    d.code = "H30.99-251122-0007";
    d.codeLine = "Mã hồ sơ: " + d.code;
    using kiosk::receipt::BlockKind;
    d.body = {{"receipt.applicant", BlockKind::Paragraph, "Người nộp: Nguyễn Thị Hằng Nga"},
              {"receipt.procedure", BlockKind::Paragraph, "Thủ tục: Đăng ký khai sinh (1.001193)"},
              {"receipt.received", BlockKind::Paragraph, "Ngày nhận: 22/11/2025"},
              {"receipt.documents", BlockKind::Paragraph, "Giấy tờ đã nhận:"},
              {"", BlockKind::Bullet, "Giấy chứng sinh"},
              {"", BlockKind::Bullet,
               "Tờ khai đăng ký khai sinh, một dòng rất dài để kiểm tra việc xuống dòng khi tên giấy tờ vượt quá "
               "chiều rộng của trang giấy A4"},
              {"receipt.expected", BlockKind::Paragraph, "Ngày hẹn trả kết quả (dự kiến): 26/11/2025"},
              {"receipt.fee", BlockKind::Paragraph, "Lệ phí: 8.000 đồng"}};
    d.footer = "Tra cứu hồ sơ tại kiosk bằng mã hồ sơ hoặc quét mã QR.";
    return d;
}

}  // namespace

TEST_CASE("the receipt is a one-page PDF with its text and a QR that decodes to the code") {
    const ReceiptDocument d = sample();
    auto pdf = renderReceiptPdf(d);
    REQUIRE(pdf);
    CHECK(pdf->rfind("%PDF-", 0) == 0);
    CHECK(pdf->find("%%EOF") != std::string::npos);

    kiosk::test::TempDir dir("kiosk-receipt-test");
    const fs::path file = dir.path() / "receipt.pdf";
    std::ofstream(file, std::ios::binary) << *pdf;

    CHECK(runCommand("pdfinfo " + file.string()).find("Pages:           1") != std::string::npos);
    const std::string text = squeezed(runCommand("pdftotext -enc UTF-8 " + file.string() + " -"));
    CHECK(text.find("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") != std::string::npos);
    CHECK(text.find("Mã hồ sơ: H30.99-251122-0007") != std::string::npos);
    CHECK(text.find("Người nộp: Nguyễn Thị Hằng Nga") != std::string::npos);
    CHECK(text.find("Đăng ký khai sinh (1.001193)") != std::string::npos);
    CHECK(text.find("Giấy chứng sinh") != std::string::npos);
    CHECK(text.find("vượt quá chiều rộng của trang giấy A4") != std::string::npos);  // wrapped, not cut
    CHECK(text.find("Lệ phí: 8.000 đồng") != std::string::npos);

    runCommand("pdftoppm -r 150 -png -singlefile " + file.string() + " " + (dir.path() / "page").string());
    const std::string decoded = runCommand("zbarimg --quiet --raw " + (dir.path() / "page.png").string());
    CHECK(decoded == d.code + "\n");
}

TEST_CASE("a different code gives a different QR") {
    ReceiptDocument d = sample();
    d.code = "KIOSK01-251122-0042";
    d.codeLine = "Mã tiếp nhận: " + d.code;
    auto pdf = renderReceiptPdf(d);
    REQUIRE(pdf);
    kiosk::test::TempDir dir("kiosk-receipt-test");
    const fs::path file = dir.path() / "receipt.pdf";
    std::ofstream(file, std::ios::binary) << *pdf;
    runCommand("pdftoppm -r 150 -png -singlefile " + file.string() + " " + (dir.path() / "page").string());
    CHECK(runCommand("zbarimg --quiet --raw " + (dir.path() / "page.png").string()) == "KIOSK01-251122-0042\n");
}

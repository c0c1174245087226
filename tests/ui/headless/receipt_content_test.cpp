// Screen and paper carry the same receipt: the receipt screen draws, block by block, what
// ui::receiptContent builds, and the PDF rendered from that same document reads back (through
// pdftotext) with every one of those lines.
#include <doctest/doctest.h>

#include <fstream>

#include "kiosk/receipt/receipt_pdf.hpp"
#include "kiosk/ui/receipt_content.hpp"
#include "support/font_caches.hpp"
#include "support/pdf_text.hpp"
#include "support/temp_dir.hpp"
#include "ui/headless/fee_filing_walk.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

bool spoken(const UiDriver& ui, const std::string& text) {
    return ui.app().readAloud().text.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("the receipt screen and the receipt PDF carry the same lines") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);

    const ui::Strings vi(f.config->locales, forms::Lang::Vi);
    receipt::ReceiptDocument d = ui::receiptContent(vi, ui.session(), reference);
    REQUIRE(d.body.size() >= 6);
    CHECK(d.code == reference);

    // On screen: the title and every paragraph under its own ID, the documents as a list.
    CHECK(ui.label("receipt.title") == d.title);
    int bullets = 0;
    for (const auto& block : d.body) {
        INFO(block.text);
        if (block.kind == receipt::BlockKind::Bullet) {
            ++bullets;
            CHECK(spoken(ui, block.text));
        } else {
            CHECK(ui.label(block.id) == block.text);
        }
    }
    CHECK(bullets == 1);  // the sample paper
    CHECK(spoken(ui, d.office));
    CHECK(ui.label("receipt.applicant") == "Người nộp hồ sơ: Lê Thị Hoa");

    // On paper: the same lines, read back from the rendered PDF.
    auto pdf = receipt::renderReceiptPdf(d);
    REQUIRE(pdf);
    TempDir dir("kiosk-receipt-content");
    std::ofstream(dir.path() / "receipt.pdf", std::ios::binary) << *pdf;
    const std::string text = pdfText(dir.path() / "receipt.pdf");
    for (const std::string& line : {d.title, d.office, d.codeLine, d.footer}) {
        INFO(line);
        CHECK(text.find(squeezed(line)) != std::string::npos);
    }
    for (const auto& block : d.body) {
        INFO(block.text);
        CHECK(text.find(squeezed(block.text)) != std::string::npos);
    }
    receipt::wipeReceiptDocument(d);
    CHECK(d.body.front().text.empty());
}

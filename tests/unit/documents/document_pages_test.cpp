// Scanned pages belong to one Document field (one repeat instance of it), keep its answer and
// its page count in step, follow a removed repeat instance, and leave as named attachments.
#include <doctest/doctest.h>

#include "kiosk/core/document_pages.hpp"

using namespace kiosk;

namespace {

forms::Service copyService() {
    forms::Service service;
    service.id = "chung_thuc";
    forms::Page page;
    page.id = "giay_to";
    page.repeat = true;
    page.maxRepeat = 5;
    forms::Field scan;
    scan.id = "anh";
    scan.type = forms::FieldType::Document;
    scan.document = "ban_chinh";
    scan.pageCountField = "so_trang";
    forms::Field count;
    count.id = "so_trang";
    count.type = forms::FieldType::Integer;
    page.fields = {scan, count};
    service.pages.push_back(page);
    return service;
}

core::ScannedPage page(unsigned char tag) { return core::ScannedPage{{0xFF, 0xD8, tag, 0xFF, 0xD9}, 10, 14}; }

}  // namespace

TEST_CASE("each page scanned counts into the sibling page-count answer of the same instance") {
    const auto service = copyService();
    core::DocumentPages pages;
    forms::Answers answers;
    core::addDocumentPage(service, pages, answers, "anh#2", page(1));
    core::addDocumentPage(service, pages, answers, "anh#2", page(2));
    CHECK(answers["anh#2"] == core::kDocumentScanned);
    CHECK(answers["so_trang#2"] == "2");
    CHECK(answers.count("so_trang#1") == 0);

    core::removeLastDocumentPage(service, pages, answers, "anh#2");
    CHECK(answers["so_trang#2"] == "1");
    core::removeLastDocumentPage(service, pages, answers, "anh#2");
    CHECK(answers.count("anh#2") == 0);
    CHECK(answers.count("so_trang#2") == 0);
    CHECK(pages.empty());
}

TEST_CASE("a key that is no Document field of the service takes no page") {
    const auto service = copyService();
    core::DocumentPages pages;
    forms::Answers answers;
    core::addDocumentPage(service, pages, answers, "so_trang#1", page(1));
    CHECK(pages.empty());
    CHECK(answers.empty());
}

TEST_CASE("removing a repeat instance drops its pages and moves later ones down") {
    const auto service = copyService();
    core::DocumentPages pages;
    forms::Answers answers;
    core::addDocumentPage(service, pages, answers, "anh#1", page(1));
    core::addDocumentPage(service, pages, answers, "anh#2", page(2));
    core::addDocumentPage(service, pages, answers, "anh#3", page(3));
    core::removeRepeatPages(service.pages[0], pages, 2);
    REQUIRE(pages.size() == 2);
    CHECK(pages["anh#1"].front().jpeg[2] == 1);
    CHECK(pages["anh#2"].front().jpeg[2] == 3);
    CHECK(pages.count("anh#3") == 0);
}

TEST_CASE("only pages whose submitted answer says scanned are attached, named by document and instance") {
    const auto service = copyService();
    core::DocumentPages pages;
    forms::Answers answers;
    core::addDocumentPage(service, pages, answers, "anh#1", page(1));
    core::addDocumentPage(service, pages, answers, "anh#1", page(2));
    core::addDocumentPage(service, pages, answers, "anh#2", page(3));
    answers.erase("anh#2");  // e.g. hidden, so not submitted
    const auto attachments = core::documentAttachments(service, pages, answers);
    REQUIRE(attachments.size() == 2);
    CHECK(attachments[0].name == "ban_chinh-1-1.jpg");
    CHECK(attachments[1].name == "ban_chinh-1-2.jpg");
    CHECK(attachments[1].mediaType == "image/jpeg");
    CHECK(attachments[1].bytes[2] == 2);

    core::wipeDocumentPages(pages);
    CHECK(pages.empty());
}

TEST_CASE("a retaken page takes the place of the one it replaces; a place taken back meanwhile takes nothing") {
    const auto service = copyService();
    core::DocumentPages pages;
    forms::Answers answers;
    core::addDocumentPage(service, pages, answers, "anh#1", page(1));
    core::addDocumentPage(service, pages, answers, "anh#1", page(2));
    core::addDocumentPage(service, pages, answers, "anh#1", page(3), 0);
    REQUIRE(pages["anh#1"].size() == 2);
    CHECK(pages["anh#1"][0].jpeg[2] == 3);
    CHECK(pages["anh#1"][1].jpeg[2] == 2);
    CHECK(answers["so_trang#1"] == "2");

    core::addDocumentPage(service, pages, answers, "anh#1", page(4), 2);  // no third page to replace
    CHECK(pages["anh#1"].size() == 2);
    CHECK(answers["so_trang#1"] == "2");
}

TEST_CASE("digitised components: slots scanned, each once; all of them only when nothing answered was left on paper") {
    auto service = copyService();
    forms::Page identity;
    identity.id = "giay_to_khac";
    forms::Field card;
    card.id = "cccd";
    card.type = forms::FieldType::Document;
    card.document = "can_cuoc";
    identity.fields = {card};
    service.pages.push_back(identity);

    forms::Answers answers{{"anh#1", core::kDocumentScanned}, {"anh#2", core::kDocumentScanned}, {"so_trang#1", "1"}};
    auto d = core::digitisationOf(service, answers);
    CHECK(d.components == std::vector<std::string>{"ban_chinh"});
    CHECK(d.all);

    answers["cccd"] = "ban_chinh_tai_quay";  // the original was only seen at the desk
    d = core::digitisationOf(service, answers);
    CHECK(d.components == std::vector<std::string>{"ban_chinh"});
    CHECK_FALSE(d.all);

    answers["cccd"] = core::kDocumentScanned;
    d = core::digitisationOf(service, answers);
    CHECK(d.components == std::vector<std::string>{"ban_chinh", "can_cuoc"});
    CHECK(d.all);

    answers["cccd"] = "";  // an optional document left out is not needed
    CHECK(core::digitisationOf(service, answers).all);
    CHECK_FALSE(core::digitisationOf(service, forms::Answers{}).all);  // nothing to digitise
}

// "Bổ sung hồ sơ" as data: offered only on a proven look-up of a filing staff sent back; one
// slot per document the service knows and one "Giấy tờ khác" for the rest; pages only into its
// slots; stored once through the FilingStore with slot ids and page counts; the pages wiped once
// stored, on going back, and when the session ends; a refused store loses nothing.
#include <doctest/doctest.h>

#include "kiosk/core/flow.hpp"
#include "kiosk/core/supplement.hpp"
#include "sample_config.hpp"

namespace {

using kiosk::Result;
using kiosk::core::FilingStatus;
using kiosk::core::Screen;
using kiosk::core::TextTarget;
namespace act = kiosk::core::act;
namespace core = kiosk::core;

constexpr const char* kCode = "000.00.00.H66-251115-0001";

class SentBack final : public core::StatusSource {
public:
    FilingStatus filing;
    SentBack() {
        filing.localReference = "KIOSK01-251115-0001";
        filing.serviceId = "khai-sinh";
        filing.maHoSo = kCode;
        filing.status = "supplement_requested";
        filing.trangThaiHoSo = 5;
        filing.note = "Mang giấy chứng sinh";
        filing.requestedDocuments = {"giay_chung_sinh", "khong_ro", "cu_tru", "khac_nua"};
        filing.lookupSecret = "K7M3PX";
    }
    Result<std::optional<FilingStatus>> statusOf(std::string_view reference) override {
        if (reference != filing.localReference && reference != filing.maHoSo) return std::optional<FilingStatus>();
        return std::optional<FilingStatus>(filing);
    }
    Result<std::vector<std::string>> referencesEndingWith(std::string_view, int) override {
        return std::vector<std::string>{};
    }
    Result<bool> applicantIs(std::string_view, std::string_view) override { return false; }
    Result<void> requestPayment(std::string_view) override { return {}; }
};

std::shared_ptr<const kiosk::config::Config> configWithDocuments() {
    auto cfg = std::make_shared<kiosk::config::Config>(*kiosk::test::sampleConfig());
    auto& birth = cfg->services.front();
    birth.documents = {{"giay_chung_sinh", {"Giấy chứng sinh", ""}, {}, false, true},
                       {"cu_tru", {"Giấy xác nhận cư trú", ""}, {}, false, true}};
    return cfg;
}

struct SupplementFlow : kiosk::test::Flow {
    SentBack source;
    SupplementFlow() {
        config = configWithDocuments();
        session = core::newSession(config);
        status = &source;
    }
    void lookUp(bool prove) {
        (*this)(act::OpenLookup{});
        (*this)(act::SetText{TextTarget::LookupCode, "", kCode});
        (*this)(act::RunLookup{});
        if (!prove) return;
        (*this)(act::SetText{TextTarget::LookupSecret, "", "K7M3PX"});
        (*this)(act::ProveOwnership{});
    }
    void page(const std::string& key, unsigned char byte) {
        (*this)(act::AddDocumentPage{key, core::ScannedPage{{byte, byte, byte}, 3, 1}, std::nullopt});
    }
};

}  // namespace

TEST_CASE("known documents get a slot each, every unknown one a single 'other' slot") {
    const auto cfg = configWithDocuments();
    const auto* birth = cfg->findService("khai-sinh");
    const auto slots = core::supplementSlots(birth, {"giay_chung_sinh", "khong_ro", "cu_tru", "giay_chung_sinh", "x"});
    REQUIRE(slots.size() == 3);
    CHECK(slots[0].slotId == "giay_chung_sinh");
    CHECK(slots[1].slotId == "cu_tru");
    CHECK(slots[2].slotId == core::kOtherDocumentSlot);
    // Nothing named (staff wrote only a note): one slot for whatever they asked.
    const auto none = core::supplementSlots(birth, {});
    REQUIRE(none.size() == 1);
    CHECK(none[0].slotId == core::kOtherDocumentSlot);
}

TEST_CASE("the supplement is offered only once the owner is proven") {
    SupplementFlow flow;
    flow.lookUp(false);
    CHECK_FALSE(core::offersSupplement(flow.session));
    flow(act::StartSupplement{});
    CHECK(flow.session.screen == Screen::Lookup);
    flow(act::SetText{TextTarget::LookupSecret, "", "K7M3PX"});
    flow(act::ProveOwnership{});
    CHECK(core::offersSupplement(flow.session));
    // A filing not waiting for a supplement is not offered one.
    flow.source.filing.status = "processing";
    flow.source.filing.trangThaiHoSo = 4;
    flow.lookUp(true);
    CHECK_FALSE(core::offersSupplement(flow.session));
}

TEST_CASE("pages go into the slots, are stored once with their slots, then wiped") {
    SupplementFlow flow;
    flow.lookUp(true);
    flow(act::StartSupplement{});
    REQUIRE(flow.session.screen == Screen::Supplement);
    REQUIRE(flow.session.supplement->slots.size() == 3);
    // Continue with nothing scanned says so and stays.
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Supplement);
    CHECK(flow.session.supplement->nothingScanned);
    // A key that is not one of its slots takes nothing.
    flow.page("nguoi_nop.ho_ten", 9);
    CHECK(flow.session.documentPages.empty());
    const auto effects = flow(act::TakeDocumentPage{"bo_sung.giay_chung_sinh"});
    CHECK(effects.size() == 1);
    flow.page("bo_sung.giay_chung_sinh", 1);
    flow.page("bo_sung.giay_chung_sinh", 2);
    flow.page("bo_sung.giay_to_khac", 3);
    flow(act::RemoveDocumentPage{"bo_sung.giay_to_khac"});
    flow.page("bo_sung.giay_to_khac", 4);
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::SupplementCheck);
    // The outbox refuses once: the pages stay and the citizen can send again.
    flow.store.failNext = true;
    flow(act::SubmitSupplement{});
    CHECK(flow.session.screen == Screen::SupplementCheck);
    CHECK(flow.session.supplement->submitFailed);
    CHECK(flow.session.documentPages.at("bo_sung.giay_chung_sinh").size() == 2);
    flow(act::SubmitSupplement{});
    REQUIRE(flow.session.screen == Screen::SupplementReceipt);
    REQUIRE(flow.store.supplements.size() == 1);
    const auto& [reference, content] = flow.store.supplements.front();
    CHECK(reference == "KIOSK01-251115-0001");
    REQUIRE(content.attachments.size() == 3);
    CHECK(content.attachments[0].name == "giay_chung_sinh-1.jpg");
    CHECK(content.attachments[0].slotId == "giay_chung_sinh");
    CHECK(content.attachments[1].bytes == std::vector<unsigned char>{2, 2, 2});
    CHECK(content.attachments[2].name == "giay_to_khac-1.jpg");
    CHECK(content.attachments[2].slotId.empty());  // "other" is not a slot the service has
    CHECK(content.attachments[2].bytes == std::vector<unsigned char>{4, 4, 4});
    CHECK(flow.session.documentPages.empty());
    CHECK(flow.session.supplement->clientSupplementId == "SUPP-1");
    REQUIRE(flow.session.supplement->sent.size() == 2);
    CHECK(flow.session.supplement->sent[0].pages == 2);
    // Sending again from the receipt does nothing; its print is asked for.
    flow(act::SubmitSupplement{});
    CHECK(flow.store.supplements.size() == 1);
    CHECK(flow(act::PrintReceipt{kCode}).size() == 1);
    // "Xong": nothing of it stays for the next citizen.
    flow(act::Finish{});
    CHECK(flow.session.screen == Screen::Home);
    CHECK_FALSE(flow.session.supplement);
    CHECK_FALSE(flow.session.lookupResult);
}

TEST_CASE("going back from the slots wipes their pages and keeps the proven look-up") {
    SupplementFlow flow;
    flow.lookUp(true);
    flow(act::StartSupplement{});
    flow.page("bo_sung.giay_chung_sinh", 1);
    flow(act::Continue{});
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Supplement);
    CHECK(flow.session.documentPages.size() == 1);  // back from the check: the pages are still there
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Lookup);
    CHECK(flow.session.documentPages.empty());
    CHECK_FALSE(flow.session.supplement);
    CHECK(core::ownerProven(flow.session));
    // The idle timeout mid-scan wipes them too.
    flow(act::StartSupplement{});
    flow.page("bo_sung.cu_tru", 5);
    flow(act::Timeout{});
    CHECK(flow.session.documentPages.empty());
    CHECK_FALSE(flow.session.supplement);
}

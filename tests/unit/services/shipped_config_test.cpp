// The kiosk-config folder that ships is what every administrator starts from: if it does not
// load, loses a procedure or points at a commune that does not exist, every new kiosk starts
// broken. These tests load the real folder through the real loader.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "shipped_services.hpp"

using namespace kiosk;
using kiosk::test::shipped;

TEST_CASE("the shipped config loads without a single error") {
    const auto& config = shipped();
    CHECK_FALSE(config.services.empty());
    CHECK_FALSE(config.sharedChoices.empty());
}

TEST_CASE("every procedure the commune desk offers is in the catalogue with its national code") {
    const std::pair<const char*, const char*> expected[] = {
        {"dang-ky-khai-sinh", "1.001193"},
        {"lien-thong-khai-sinh", "2.000986"},
        {"dang-ky-khai-tu", "1.000656"},
        {"dang-ky-ket-hon", "1.000894"},
        {"xac-nhan-tinh-trang-hon-nhan", "1.004873"},
        {"chung-thuc-ban-sao", "2.000815"},
        {"chung-thuc-chu-ky", "2.000884"},
        {"dang-ky-ket-hon-nuoc-ngoai", "2.000806"},
        {"dang-ky-khai-sinh-nuoc-ngoai", "2.000528"},
    };
    for (const auto& entry : expected) {
        const char* id = entry.first;
        CAPTURE(id);
        const forms::Service* service = shipped().findService(id);
        REQUIRE(service != nullptr);
        CHECK(service->code == entry.second);
        CHECK_FALSE(service->name.vi.empty());
        CHECK_FALSE(service->name.en.empty());
        CHECK_FALSE(service->legalBasis.vi.empty());
        CHECK_FALSE(service->timeLimit.vi.empty());
        CHECK_FALSE(service->pages.empty());
    }
}

TEST_CASE("procedures finished at the desk say plainly who must come and what to bring") {
    for (const auto& service : shipped().services) {
        CAPTURE(service.id);
        if (service.delivery == forms::Delivery::MotPhan) CHECK_FALSE(service.inPersonNote.vi.empty());
    }
    for (const char* id : {"dang-ky-ket-hon", "dang-ky-ket-hon-nuoc-ngoai", "dang-ky-khai-sinh-nuoc-ngoai",
                           "chung-thuc-ban-sao", "chung-thuc-chu-ky"}) {
        CAPTURE(id);
        CHECK(kiosk::test::shippedService(id).delivery == forms::Delivery::MotPhan);
    }
}

TEST_CASE("the demo kiosk's commune is one of its province's units after the 2025 reform") {
    const auto& config = shipped();
    const forms::Province* province = config.units.findProvince(config.kiosk.provinceCode);
    REQUIRE(province != nullptr);
    CHECK(province->name == config.kiosk.provinceName);
    const auto commune = std::find_if(province->communes.begin(), province->communes.end(),
                                      [&](const forms::Commune& c) { return c.code == config.kiosk.communeCode; });
    REQUIRE(commune != province->communes.end());
    CHECK(commune->name == config.kiosk.communeName);
    // Nghị quyết 1660/NQ-UBTVQH15: Đắk Lắk (with the former Phú Yên) has 102 commune-level units.
    CHECK(province->communes.size() == 102);
}

TEST_CASE("shared lists put the most common answer first and hold all 54 ethnic groups") {
    const auto& config = shipped();
    auto list = [&](const std::string& id) -> const forms::ChoiceList& {
        const auto it = std::find_if(config.sharedChoices.begin(), config.sharedChoices.end(),
                                     [&](const forms::ChoiceList& l) { return l.id == id; });
        REQUIRE_MESSAGE(it != config.sharedChoices.end(), id);
        return *it;
    };
    const auto& ethnicity = list("dan_toc");
    CHECK(ethnicity.choices.size() == 54);
    CHECK(ethnicity.choices.front().label.vi == "Kinh");
    CHECK(list("quoc_tich").choices.front().label.vi == "Việt Nam");
    const auto& sex = list("gioi_tinh");
    REQUIRE(sex.choices.size() == 2);
    CHECK(sex.choices[0].id == "nam");
    CHECK(sex.choices[1].label.vi == "Nữ");
}

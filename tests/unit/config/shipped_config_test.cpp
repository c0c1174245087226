// The kiosk-config folder in the repository is what every kiosk starts from; it must load with
// the real loader, every procedure the desk offers must be there, and the catalogue order must
// follow kiosk.toml's categories.
#include <doctest/doctest.h>

#include <algorithm>

#include "kiosk/config/config.hpp"
#include "support/paths.hpp"

using namespace kiosk;

namespace {

const config::Config& shipped() {
    static const config::Config loaded = [] {
        auto result = config::loadConfig(test::shippedConfig());
        if (!result) {
            for (const auto& error : result.error()) MESSAGE(error.format());
        }
        REQUIRE(result.ok());
        return std::move(result).value();
    }();
    return loaded;
}

}  // namespace

TEST_CASE("the shipped config loads without errors and offers at least seven services") {
    const auto& config = shipped();
    CHECK(config.services.size() >= 7);
    CHECK_FALSE(config.locales.vi.empty());
    CHECK_FALSE(config.sharedChoices.empty());
}

TEST_CASE("the shipped catalogue lists services in the order of kiosk.toml's categories") {
    const auto& config = shipped();
    const auto& categories = config.kiosk.categories;
    const auto rank = [&](const forms::Service& s) {
        return std::find_if(categories.begin(), categories.end(), [&](const auto& c) { return c.id == s.category; }) -
               categories.begin();
    };
    for (size_t i = 1; i < config.services.size(); ++i) {
        const auto& before = config.services[i - 1];
        const auto& after = config.services[i];
        CAPTURE(after.id);
        CHECK(rank(before) <= rank(after));
        if (rank(before) == rank(after)) CHECK(before.id < after.id);
    }
}

TEST_CASE("the shipped working calendar holds the fixed public holidays, with the day given back") {
    using namespace std::chrono;
    const WorkingCalendar& calendar = shipped().calendar;
    CHECK_FALSE(calendar.isWorkingDay(sys_days(2027y / January / 1)));
    CHECK_FALSE(calendar.isWorkingDay(sys_days(2027y / April / 30)));
    // 1 May 2027 is a Saturday: the day off is taken on Monday 3 May (Labour Code 2019, Art. 112).
    CHECK_FALSE(calendar.isWorkingDay(sys_days(2027y / May / 3)));
    CHECK(calendar.isWorkingDay(sys_days(2027y / May / 4)));
    CHECK_FALSE(calendar.isWorkingDay(sys_days(2027y / September / 2)));
}

TEST_CASE("the shipped services say how the result may be received; a marriage is collected at the desk") {
    const auto& config = shipped();
    const forms::Service* birth = config.findService("dang-ky-khai-sinh");
    REQUIRE(birth != nullptr);
    CHECK(birth->resultDelivery.desk);
    CHECK(birth->resultDelivery.post);
    CHECK(birth->resultDelivery.electronic);
    CHECK(birth->resultDelivery.postFeeVnd > 0);
    CHECK(birth->resultDelivery.defaultWay() == forms::ResultDelivery::Desk);
    // Both spouses sign in person: no table, so the desk only and no choice to make.
    const forms::Service* marriage = config.findService("dang-ky-ket-hon");
    REQUIRE(marriage != nullptr);
    CHECK_FALSE(marriage->resultDelivery.offersChoice());
    CHECK(marriage->resultDelivery.defaultWay() == forms::ResultDelivery::Desk);
}

TEST_CASE("every shipped 'toàn trình' service offers the electronic result; a 'một phần' one does not") {
    // Nghị định 42/2022/NĐ-CP, Điều 11, khoản 1, điểm a: a toàn trình procedure returns its
    // result online or by public post, so its owner may print it at the kiosk. A một phần one
    // ends at the desk (a stamped paper copy, a certificate signed in person).
    int electronic = 0;
    for (const auto& service : shipped().services) {
        CAPTURE(service.id);
        const bool toanTrinh = service.delivery == forms::Delivery::ToanTrinh;
        CHECK(service.resultDelivery.electronic == toanTrinh);
        if (service.resultDelivery.electronic) ++electronic;
    }
    CHECK(electronic >= 5);
    const forms::Service* copy = shipped().findService("chung-thuc-ban-sao");
    REQUIRE(copy != nullptr);
    CHECK_FALSE(copy->resultDelivery.electronic);
    CHECK(copy->resultDelivery.post);
}

TEST_CASE("the shipped rating reasons are a short list with Vietnamese words") {
    const auto& reasons = shipped().kiosk.rating.reasons;
    CHECK(reasons.size() >= 3);
    CHECK(reasons.size() <= 6);
    for (const auto& reason : reasons) CHECK_FALSE(reason.label.vi.empty());
}

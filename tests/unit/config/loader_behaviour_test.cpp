// What the rest of the kiosk relies on from a loaded config: the catalogue order, lookups of
// services, choice lists and strings, compiled expressions, defaults, and that a broken file
// never yields a partial config nor a cascade of errors about what it would have defined.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "config_fixture.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/forms/expression.hpp"

using namespace kiosk;

namespace {

config::Config loadOk(const std::filesystem::path& dir) {
    auto loaded = config::loadConfig(dir);
    if (!loaded) {
        for (const auto& error : loaded.error()) MESSAGE(error.format());
    }
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
}

config::ConfigErrors loadErrors(const std::filesystem::path& dir) {
    auto loaded = config::loadConfig(dir);
    REQUIRE_FALSE(loaded.ok());
    return loaded.error();
}

}  // namespace

TEST_CASE("services are ordered by kiosk.toml's category order, then by file name") {
    const auto config = loadOk(test::minimalFixture());
    std::vector<std::string> ids;
    for (const auto& service : config.services) ids.push_back(service.id);
    CHECK(ids == std::vector<std::string>{"khai-sinh", "lien-thong", "chung-thuc"});
}

TEST_CASE("a service is found by its file name and its choice lists before the shared ones") {
    test::ConfigCopy copy;
    copy.write("services/gioi-tinh-rieng.toml", R"(code = "1"
name = { vi = "Thử" }
category = "ho-tich"

[[choices]]
id = "gioi_tinh"
options = [ { id = "1", label = { vi = "Nam" } }, { id = "2", label = { vi = "Nữ" } } ]

[[pages]]
id = "trang"
title = { vi = "Trang" }

[[pages.fields]]
id = "gioi_tinh"
type = "single_choice"
label = { vi = "Giới tính" }
choices = "gioi_tinh"
)");
    const auto config = loadOk(copy.dir());
    const forms::Service* own = config.findService("gioi-tinh-rieng");
    const forms::Service* other = config.findService("khai-sinh");
    REQUIRE(own != nullptr);
    REQUIRE(other != nullptr);
    CHECK(config.findService("khai_sinh") == nullptr);
    CHECK(config.findChoices(*own, "gioi_tinh")->choices.front().id == "1");
    CHECK(config.findChoices(*other, "gioi_tinh")->choices.front().id == "nam");
    CHECK(config.findChoices(*other, "quan_he")->choices.size() == 2);
    CHECK(config.findChoices(*own, "quan_he") == nullptr);
}

TEST_CASE("a string falls back from English to Vietnamese to its key") {
    const auto config = loadOk(test::minimalFixture());
    CHECK(config.locales.get("home.title", forms::Lang::En) == "Public services");
    CHECK(config.locales.get("home.title", forms::Lang::Vi) == "Dịch vụ công");
    CHECK(config.locales.get("home.start", forms::Lang::En) == "Nộp hồ sơ");
    const std::string missing = "home.nothing";
    CHECK(config.locales.get(missing, forms::Lang::En) == "home.nothing");
}

TEST_CASE("the loaded service carries its settings, defaults and compiled expressions") {
    const auto config = loadOk(test::minimalFixture());
    CHECK(config.kiosk.theme.textScale == 1.25f);
    CHECK(config.kiosk.display.width == 1280);
    CHECK(config.kiosk.languages == std::vector<forms::Lang>{forms::Lang::Vi, forms::Lang::En});
    const forms::Service& birth = *config.findService("khai-sinh");
    CHECK(birth.code == "1.001193");
    CHECK(birth.documents.front().required);
    CHECK(birth.documents.front().scan);
    REQUIRE(birth.routes.size() == 1);
    CHECK(birth.routes.front().service == "lien-thong");
    REQUIRE(birth.pages.size() == 3);
    const forms::Page& children = birth.pages[2];
    CHECK(children.repeat);
    CHECK(children.minRepeat == 1);
    CHECK(children.maxRepeat == 5);
    CHECK(children.addLabel.vi == "Thêm một con");
    const forms::Field& dob = birth.pages[0].fields[1];
    CHECK(dob.type == forms::FieldType::Date);
    CHECK(dob.inWords);
    CHECK(dob.where.file == "services/khai-sinh.toml");
    CHECK(dob.where.line == 48);  // its [[pages.fields]] header
    CHECK(birth.pages[0].fields[0].prefill == forms::PrefillKey::FullName);
    CHECK(birth.pages[0].fields[3].dobField == "ngay_sinh");
    CHECK(config.findService("chung-thuc")->delivery == forms::Delivery::MotPhan);

    REQUIRE(birth.fee.amount != nullptr);
    const forms::Answers answers{{"can_ban_sao", "co"}, {"so_ban_sao", "3"}};
    const forms::EvalContext ctx{answers, std::chrono::year(2025) / 9 / 15, {}, 0, nullptr};
    CHECK(std::get<double>(birth.fee.amount->evaluate(ctx)) == 24000.0);
}

TEST_CASE("errors come sorted by file and line, so the output reads top to bottom") {
    test::ConfigCopy copy;
    copy.write("services/b.toml", "code = \"1\"\nname = { vi = \"B\" }\ncategory = \"x\"\nbad = 1\n");
    copy.write("services/a.toml", "code = 1\nname = { vi = \"A\" }\ncategory = \"ho-tich\"\n");
    const auto errors = loadErrors(copy.dir());
    for (size_t i = 1; i < errors.size(); ++i) {
        CAPTURE(errors[i].format());
        const auto& a = errors[i - 1];
        const auto& b = errors[i];
        CHECK((a.file < b.file || (a.file == b.file && a.line <= b.line)));
    }
    CHECK(std::any_of(errors.begin(), errors.end(), [](const auto& e) { return e.file == "services/a.toml"; }));
    CHECK(std::any_of(errors.begin(), errors.end(), [](const auto& e) { return e.file == "services/b.toml"; }));
}

TEST_CASE("a kiosk.toml that does not parse is one error, not one per service category") {
    test::ConfigCopy copy;
    copy.write("kiosk.toml", "kiosk_id = \"KIOSK\n");
    const auto errors = loadErrors(copy.dir());
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().file == "kiosk.toml");
    CHECK(errors.front().code == "config.syntax");
    CHECK(errors.front().line == 1);
}

TEST_CASE("a choices.toml that does not parse does not make every shared list dangling") {
    test::ConfigCopy copy;
    copy.write("choices.toml", "[[choices]\n");
    const auto errors = loadErrors(copy.dir());
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().file == "choices.toml");
}

TEST_CASE("a folder that does not exist is an error, not an empty config") {
    test::TempDir scratch;
    const auto errors = loadErrors(scratch.path() / "missing");
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().code == "config.no_folder");
}

TEST_CASE("a config without kiosk.toml or services is refused") {
    test::ConfigCopy copy;
    std::filesystem::remove(copy.dir() / "kiosk.toml");
    std::filesystem::remove_all(copy.dir() / "services");
    const auto errors = loadErrors(copy.dir());
    std::vector<std::string> files;
    for (const auto& e : errors) files.push_back(e.file);
    CHECK(files == std::vector<std::string>{"kiosk.toml", "services"});
}

TEST_CASE("without working-calendar.toml only weekends are days off") {
    test::ConfigCopy copy;
    const config::Config config = loadOk(copy.dir());
    CHECK_FALSE(config.calendar.lastDayOff());
    CHECK(config.calendar.isWorkingDay(std::chrono::sys_days(std::chrono::year(2027) / 1 / 1)));
}

TEST_CASE("a working calendar read on its own (the reference portal's) has the folder's checks") {
    test::ConfigCopy copy;
    copy.write("working-calendar.toml",
               "[[days_off]]\nfrom = 2027-04-30\nto = 2027-05-03\nreason = \"30/4, 1/5 và ngày nghỉ bù\"\n");
    const auto good = config::loadWorkingCalendarFile(copy.dir() / "working-calendar.toml");
    REQUIRE(good.ok());
    CHECK(good->lastDayOff() == std::chrono::sys_days(std::chrono::year(2027) / 5 / 3));
    CHECK(loadOk(copy.dir()).calendar.lastDayOff() == good->lastDayOff());

    copy.write("working-calendar.toml", "[[days_off]]\nfrom = 2027-04-30\n");
    const auto bad = config::loadWorkingCalendarFile(copy.dir() / "working-calendar.toml");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().front().format() ==
          "working-calendar.toml:1:1: days_off[0].reason: thiếu khóa bắt buộc 'reason' / the required key "
          "'reason' is missing (thêm vào bảng này / add it to this table)");

    const auto missing = config::loadWorkingCalendarFile(copy.dir() / "no-such-file.toml");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().front().file == "no-such-file.toml");
}

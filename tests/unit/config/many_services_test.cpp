// A province may load dozens of procedures onto one kiosk; 50 generated services (the size the
// load benchmark times) must load, keep their order and resolve their own references.
#include <doctest/doctest.h>

#include <string>

#include "config_fixture.hpp"
#include "kiosk/config/config.hpp"

using namespace kiosk;

namespace {

// Three pages of four fields each, with the expressions, choices and references a real service has.
std::string generatedService(int n) {
    std::string text = "code = \"9." + std::to_string(100000 + n) + "\"\n";
    text += "name = { vi = \"Thủ tục số " + std::to_string(n) + "\", en = \"Service " + std::to_string(n) + "\" }\n";
    text += std::string("category = \"") + (n % 2 == 0 ? "ho-tich" : "chung-thuc") + "\"\n";
    text += "[fee]\namount = \"if(p0_f0 == 'co', 1000 * p1_f1, 0)\"\n";
    text += "[[documents]]\nid = \"giay\"\nname = { vi = \"Giấy\" }\n";
    for (int page = 0; page < 3; ++page) {
        const std::string p = "p" + std::to_string(page);
        text += "[[pages]]\nid = \"" + p + "\"\ntitle = { vi = \"Trang " + std::to_string(page) + "\" }\n";
        if (page > 0) text += "visible_if = \"p0_f0 == 'co'\"\n";
        const char* types[] = {"yes_no", "integer", "single_choice", "document"};
        for (int field = 0; field < 4; ++field) {
            const std::string id = p + "_f" + std::to_string(field);
            text += "[[pages.fields]]\nid = \"" + id + "\"\ntype = \"" + types[field] + "\"\n";
            text += "label = { vi = \"Câu hỏi " + id + "\", en = \"Question " + id + "\" }\nrequired = true\n";
            if (field == 1) text += "min = 1\nmax = 10\nvisible_if = \"" + p + "_f0 == 'co'\"\n";
            if (field == 2) text += "choices = \"gioi_tinh\"\n";
            if (field == 3) text += "document = \"giay\"\n";
        }
    }
    return text;
}

std::string serviceFileName(int n) {
    std::string number = std::to_string(n);
    return "services/dich-vu-" + std::string(3 - number.size(), '0') + number + ".toml";
}

}  // namespace

TEST_CASE("fifty generated services load with every reference resolved and in catalogue order") {
    test::ConfigCopy copy;
    for (int n = 0; n < 50; ++n) copy.write(serviceFileName(n), generatedService(n));
    auto loaded = config::loadConfig(copy.dir());
    if (!loaded) {
        for (const auto& error : loaded.error()) MESSAGE(error.format());
    }
    REQUIRE(loaded.ok());
    const auto& services = loaded->services;
    REQUIRE(services.size() == 53);
    CHECK(services.front().id == "dich-vu-000");
    CHECK(services[25].id == "khai-sinh");  // after the 25 even (ho-tich) generated services
    CHECK(services.back().id == "dich-vu-049");
    const forms::Service* last = loaded->findService("dich-vu-049");
    REQUIRE(last != nullptr);
    CHECK(last->pages.size() == 3);
    CHECK(last->pages[2].fields[3].document == "giay");
}

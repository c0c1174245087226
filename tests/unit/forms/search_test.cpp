// The catalogue search citizens type on a touch keyboard, often without diacritics: it must
// ignore case and marks (including đ), match the name in either language, the procedure code
// or the category, and keep catalogue order.
#include <doctest/doctest.h>

#include "form_builders.hpp"
#include "kiosk/forms/search.hpp"

using namespace kiosk::forms;

namespace {

Service named(std::string id, std::string vi, std::string en, std::string code,
              std::string category) {
    Service s;
    s.id = std::move(id);
    s.name = {std::move(vi), std::move(en)};
    s.code = std::move(code);
    s.category = std::move(category);
    return s;
}

const std::vector<Service> kCatalogue = {
    named("khai-sinh", "Đăng ký khai sinh", "Birth registration", "1.001193", "ho-tich"),
    named("khai-tu", "Đăng ký khai tử", "Death registration", "1.000656", "ho-tich"),
    named("ket-hon", "Đăng ký kết hôn", "Marriage registration", "1.000894", "ho-tich"),
    named("chung-thuc", "Chứng thực bản sao từ bản chính", "Certified copies", "2.000815",
          "chung-thuc"),
};

std::vector<std::string> ids(const std::vector<const Service*>& found) {
    std::vector<std::string> out;
    for (const auto* s : found) out.push_back(s->id);
    return out;
}

}  // namespace

TEST_CASE("a query without diacritics finds the Vietnamese name") {
    CHECK(ids(searchServices(kCatalogue, "dang ky")) ==
          std::vector<std::string>{"khai-sinh", "khai-tu", "ket-hon"});
    CHECK(ids(searchServices(kCatalogue, "khai sinh")) == std::vector<std::string>{"khai-sinh"});
    CHECK(ids(searchServices(kCatalogue, "chung thuc")) == std::vector<std::string>{"chung-thuc"});
}

TEST_CASE("case does not matter") {
    CHECK(ids(searchServices(kCatalogue, "KHAI SINH")) == std::vector<std::string>{"khai-sinh"});
    CHECK(ids(searchServices(kCatalogue, "ĐĂNG KÝ KẾT HÔN")) == std::vector<std::string>{"ket-hon"});
}

TEST_CASE("decomposed and composed queries find the same services") {
    CHECK(ids(searchServices(kCatalogue, "Ke\xcc\x82\xcc\x81t ho\xcc\x82n")) ==
          std::vector<std::string>{"ket-hon"});
}

TEST_CASE("the English name, the code and the category id match too") {
    CHECK(ids(searchServices(kCatalogue, "marriage")) == std::vector<std::string>{"ket-hon"});
    CHECK(ids(searchServices(kCatalogue, "1.001193")) == std::vector<std::string>{"khai-sinh"});
    CHECK(ids(searchServices(kCatalogue, "ho tich")).size() == 3);
}

TEST_CASE("a category's display name matches when the catalogue passes it") {
    const std::map<std::string, Text> categories{{"chung-thuc", {"Chứng thực", "Certification"}},
                                                 {"ho-tich", {"Hộ tịch", "Civil status"}}};
    CHECK(ids(searchServices(kCatalogue, "civil status", categories)).size() == 3);
    CHECK(searchServices(kCatalogue, "civil status").empty());
}

TEST_CASE("an empty query lists everything and a query that fits nothing lists nothing") {
    CHECK(searchServices(kCatalogue, "").size() == kCatalogue.size());
    CHECK(searchServices(kCatalogue, "   ").size() == kCatalogue.size());
    CHECK(searchServices(kCatalogue, "ly hon").empty());
    CHECK(searchServices(kCatalogue, "\xff\xfe").empty());
}

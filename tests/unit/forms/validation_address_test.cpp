// Addresses cascade: the province must be one of the loaded units (two levels since 2025), the
// commune must belong to that province, and the street line is always needed. Each part has its
// own key so the error sits next to the control that needs fixing.
#include <doctest/doctest.h>

#include "form_builders.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::field;
using kiosk::forms::test::OnePage;

namespace {

OnePage addressForm(bool required) {
    Field address = field("noi_o", FieldType::Address);
    address.required = required;
    address.maxLength = 20;
    OnePage form({address});
    form.units.provinces = {
        {"66", "Tỉnh Đắk Lắk", {{"24820", "Xã Hòa Phú"}, {"24821", "Phường Tân Lập"}}},
        {"01", "Thành phố Hà Nội", {{"00001", "Phường Ba Đình"}}},
    };
    return form;
}

}  // namespace

TEST_CASE("a complete address in one province passes") {
    const auto form = addressForm(true);
    CHECK(form.errors({{"noi_o.province", "66"}, {"noi_o.commune", "24820"},
                       {"noi_o.street", "Thôn 3"}})
              .empty());
}

TEST_CASE("a required address with nothing answered asks for each part") {
    const auto form = addressForm(true);
    const auto errors = form.errors({});
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].key == "noi_o.province");
    CHECK(errors[0].message.vi == "Chọn tỉnh, thành phố");
    CHECK(errors[1].key == "noi_o.commune");
    CHECK(errors[2].key == "noi_o.street");
    CHECK(errors[2].message.vi == "Nhập số nhà, tên đường hoặc thôn, xóm");
    for (const auto& e : errors) CHECK(e.fieldId == "noi_o");
}

TEST_CASE("a province that is not loaded is refused") {
    const auto form = addressForm(true);
    CHECK(form.errorOn({{"noi_o.province", "99"}, {"noi_o.commune", "24820"},
                        {"noi_o.street", "Thôn 3"}},
                       "noi_o.province") == "Chọn tỉnh, thành phố trong danh sách");
}

TEST_CASE("a commune of another province is refused") {
    const auto form = addressForm(true);
    CHECK(form.errorOn({{"noi_o.province", "01"}, {"noi_o.commune", "24820"},
                        {"noi_o.street", "Số 1 Hoàng Diệu"}},
                       "noi_o.commune") == "Chọn xã, phường thuộc tỉnh, thành phố đã chọn");
}

TEST_CASE("the street line is required even when province and commune are chosen") {
    const auto form = addressForm(true);
    const auto errors = form.errors({{"noi_o.province", "66"}, {"noi_o.commune", "24821"}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].key == "noi_o.street");
}

TEST_CASE("an optional address may be left empty, but once started must be finished") {
    const auto form = addressForm(false);
    CHECK(form.errors({}).empty());
    const auto errors = form.errors({{"noi_o.street", "Thôn 3"}});
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].key == "noi_o.province");
    CHECK(errors[1].key == "noi_o.commune");
}

TEST_CASE("max_length applies to the street line in characters") {
    const auto form = addressForm(true);
    CHECK_FALSE(form.errorOn({{"noi_o.province", "66"}, {"noi_o.commune", "24820"},
                              {"noi_o.street", "Thôn Buôn Đắk Lắk số 123"}},
                             "noi_o.street")
                    .empty());
}

TEST_CASE("all three parts are submitted") {
    const auto form = addressForm(true);
    const Answers in{{"noi_o.province", "66"}, {"noi_o.commune", "24820"},
                     {"noi_o.street", "Thôn 3"}};
    CHECK(submittableAnswers(form.ctx(), in) == in);
}

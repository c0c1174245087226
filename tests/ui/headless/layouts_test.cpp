// The same birth registration on a small landscape screen and on a portrait one: every widget
// must still be reachable (scrolling where needed) and nothing may overlap the fixed bars.
#include <doctest/doctest.h>

#include "ui/headless/birth_flow.hpp"

TEST_CASE("a birth registration works on a 1366x768 screen") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, ImVec2(1366, 768));
    kiosk::test::registerBirth(ui, store);
    CHECK(ui.duplicateIds().empty());
}

TEST_CASE("a birth registration works on a portrait 1080x1920 screen") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, ImVec2(1080, 1920));
    kiosk::test::registerBirth(ui, store);
    CHECK(ui.duplicateIds().empty());
}

// The whole citizen's path for the flagship service, through real ImGui frames at 1920x1080:
// if any screen, widget ID or engine rule along the way breaks, a citizen could not register a
// birth. The filing that reaches the store is checked field by field.
#include <doctest/doctest.h>

#include "ui/headless/birth_flow.hpp"

TEST_CASE("a birth registration goes from home to the receipt at 1920x1080 and is stored") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, ImVec2(1920, 1080));
    kiosk::test::registerBirth(ui, store);
    CHECK(ui.duplicateIds().empty());
}

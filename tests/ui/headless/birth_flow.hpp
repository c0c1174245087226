#pragma once
// A whole birth registration (dang-ky-khai-sinh from the shipped kiosk-config) driven through
// widget IDs, shared by the tests that run it at different screen sizes.
#include <memory>

#include "config/config.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"

namespace kiosk::test {

// The shipped config, loaded as the kiosk loads it; fails the test when it does not load.
std::shared_ptr<const config::Config> shippedConfigOrFail();

// "dd/mm/yyyy" for the local date `days` days ago.
std::string localDateDaysAgo(int days);

// Home -> catalogue -> service -> pre-question -> identity -> every page (one date typed wrong
// first and corrected after its inline error) -> check answers -> consent -> send ->
// receipt -> "Xong". Checks each screen on the way and the filing stored at the end.
void registerBirth(UiDriver& ui, const MemoryFilingStore& store);

}  // namespace kiosk::test

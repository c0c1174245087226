#pragma once
// Walks through the shipped kiosk-config driven by widget IDs, shared by the headless tests:
// a whole birth registration (run at different screen sizes), the way to its identity step,
// and the sample citizen typed in by hand.
#include <memory>

#include "kiosk/config/config.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"

namespace kiosk::test {

// The shipped config, loaded as the kiosk loads it; fails the test when it does not load.
std::shared_ptr<const config::Config> shippedConfigOrFail();

// The shipped config with `capture` as its [capture] settings.
std::shared_ptr<const config::Config> shippedConfigWithCapture(config::CaptureSettings capture);

// Home -> catalogue -> birth registration -> its pre-question -> the identity step.
void toBirthIdentityStep(UiDriver& ui);

// Types the sample citizen Lê Thị Hoa (Căn cước 2024) on the identity step and continues.
void typeSampleIdentity(UiDriver& ui);

// "dd/mm/yyyy" for the local date `days` days ago.
std::string localDateDaysAgo(int days);

// Home -> catalogue -> service -> pre-question -> identity -> every page (one date typed wrong
// first and corrected after its inline error) -> check answers -> consent -> send ->
// receipt -> "Xong". Checks each screen on the way and the filing stored at the end.
void registerBirth(UiDriver& ui, const MemoryFilingStore& store);

}  // namespace kiosk::test

#pragma once
// A valid synthetic filing for a service, for tests and training: every visible question
// answered, ID numbers that agree with their dates of birth and sexes, NFC Vietnamese names,
// addresses from the config's administrative units. The same seed and day give the same filing.
#include "filing_file.hpp"
#include "kiosk/base/result.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/forms/values.hpp"

namespace kiosk::admin {

// Fails (admin.example_failed, naming the field) only when the service has a rule no
// generated answer satisfies; the shipped services are all covered by tests.
Result<FilingFile> exampleFiling(const config::Config& config, const forms::Service& service,
                                 unsigned seed, forms::Date today);

}  // namespace kiosk::admin

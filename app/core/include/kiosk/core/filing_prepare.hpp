#pragma once
// The checks and shaping a finished filing goes through before it is stored. The kiosk's Send
// step and `kiosk-admin enqueue` both run this, so a filing typed at the kiosk and one loaded
// from a file are held to exactly the same rules.
#include <chrono>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/validation.hpp"

namespace kiosk::core {

// The route the pre-question answers choose (another variant of the procedure), or nullptr.
const forms::Route* chosenRoute(const forms::Service& service, const forms::Answers& answers,
                                std::chrono::year_month_day today);

// Recomputes computed answers in place, validates every visible question and, when nothing is
// wrong, returns the filing to store: only submittable answers (canonically spelled) and the
// fee. Attachments are the caller's to add.
Result<Filing, std::vector<forms::FieldError>> prepareFiling(const config::Config& config,
                                                             const forms::Service& service,
                                                             forms::Answers& answers,
                                                             std::chrono::year_month_day today);

}  // namespace kiosk::core

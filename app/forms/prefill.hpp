#pragma once
// Fills answers from an identity read from a card (or typed by staff).
#include "forms/answers.hpp"
#include "forms/model.hpp"
#include "scanners/identity.hpp"

namespace kiosk::forms {

// Sets every field whose `prefill` names an identity value that is present; returns how many.
// Existing non-empty answers are kept unless `overwrite` is true.
int prefillFromIdentity(const Service& service, const scanners::Identity& identity,
                        const AdminUnits& units, Answers& answers, bool overwrite = false);

}  // namespace kiosk::forms

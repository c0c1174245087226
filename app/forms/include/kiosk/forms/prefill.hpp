#pragma once
// Fills answers from an identity read from a card (or typed by staff).
#include <vector>

#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/model.hpp"
#include "scanners/identity.hpp"

namespace kiosk::forms {

// Sets every field whose `prefill` names an identity value that is present; returns how many.
// Existing non-empty answers are kept unless `overwrite` is true. Fields on repeat pages are
// left alone (they describe other people). Dates are stored dd/mm/yyyy; sex on a choice field
// stores the id of the choice meaning Nam/Nữ (its id or Vietnamese label), looked up in the
// service's lists, then in `sharedChoices`; an address field gets the province and commune found
// by name in `units`, and the street part (what comes before the commune) when the commune is
// found; text fields get the printed address as it is.
int prefillFromIdentity(const Service& service, const scanners::Identity& identity,
                        const AdminUnits& units, Answers& answers, bool overwrite = false,
                        const std::vector<ChoiceList>* sharedChoices = nullptr);

// The same for the fields of one page only, never overwriting: run as the page opens, so a
// field whose `prefill_if` reads an earlier answer ("the applicant is the mother") is filled
// once that answer is known. Fields whose `prefill_if` is false are left alone everywhere.
int prefillPage(const Service& service, const Page& page, const scanners::Identity& identity,
                const AdminUnits& units, Answers& answers, const std::vector<ChoiceList>* sharedChoices);

// Gives every field with a `default` that answer when it has none yet (Việt Nam for a
// nationality where the service says so), so the citizen only changes what differs. Fields on
// repeat pages are left alone.
void applyDefaults(const Service& service, Answers& answers);

}  // namespace kiosk::forms

#pragma once
// Validation of answers against a service's fields; errors are localised and point at a key.
#include <chrono>
#include <string>
#include <vector>

#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/model.hpp"

namespace kiosk::forms {

struct FieldError {
    std::string key;  // answer key (see answerKey), the anchor for inline errors
    std::string fieldId;
    Text message;     // what is expected, in plain words
};

struct ValidationContext {
    const Service& service;
    const AdminUnits& units;
    std::chrono::year_month_day today;
    // Config::sharedChoices: choice lists a field may name besides the service's own. A choice
    // answer whose list is found in neither place is reported as not one of the options.
    const std::vector<ChoiceList>* sharedChoices = nullptr;
};

// Errors on one page (every instance of a repeat page), in the order the fields appear.
std::vector<FieldError> validatePage(const ValidationContext& ctx, const Page& page,
                                     const Answers& answers);

// Errors on the pre-questions and every visible page: what "check your answers" and enqueue run.
std::vector<FieldError> validateService(const ValidationContext& ctx, const Answers& answers);

// Recomputes every `compute` field (and nothing else), in page order.
void applyComputed(const ValidationContext& ctx, Answers& answers);

// Whether a page / field is shown for the current answers. These read every answer as text
// (see EvalContext); prefer the ValidationContext overloads, which know each field's type.
bool isVisible(const Page& page, const Answers& answers, std::chrono::year_month_day today);
bool isVisible(const Field& field, const Answers& answers, std::chrono::year_month_day today,
               int repeatIndex = 0);

// Whether a page / field (instance) is shown, typing answers by the service's fields.
bool isVisible(const ValidationContext& ctx, const Page& page, const Answers& answers);
bool isVisible(const ValidationContext& ctx, const Field& field, const Answers& answers,
               int repeatIndex = 0);

// Whether the field is required for the current answers (`required`, or `required_if` true).
bool isRequired(const ValidationContext& ctx, const Field& field, const Answers& answers,
                int repeatIndex = 0);

// The fee in VND for the current answers (run applyComputed first when the fee reads computed
// fields); 0 when the service is free or the amount cannot be worked out yet.
long long computeFee(const ValidationContext& ctx, const Answers& answers);

// Drops answers of fields that are hidden (or belong to no field), so they are never submitted,
// and spells the rest canonically: dates dd/mm/yyyy, numbers as plain digits, phone numbers as
// 10 digits, ID numbers without spaces. Repeat pages keep their "<page id>#count".
Answers submittableAnswers(const ValidationContext& ctx, const Answers& answers);

}  // namespace kiosk::forms

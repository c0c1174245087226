#pragma once
// Validation of answers against a service's fields; errors are localised and point at a key.
#include <chrono>
#include <string>
#include <vector>

#include "forms/answers.hpp"
#include "forms/model.hpp"

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
};

// Errors on one page (every instance of a repeat page), in the order the fields appear.
std::vector<FieldError> validatePage(const ValidationContext& ctx, const Page& page,
                                     const Answers& answers);

// Errors on every visible page: what "check your answers" and enqueue run.
std::vector<FieldError> validateService(const ValidationContext& ctx, const Answers& answers);

// Recomputes every `compute` field (and nothing else), in page order.
void applyComputed(const ValidationContext& ctx, Answers& answers);

// Whether a page / field is shown for the current answers.
bool isVisible(const Page& page, const Answers& answers, std::chrono::year_month_day today);
bool isVisible(const Field& field, const Answers& answers, std::chrono::year_month_day today,
               int repeatIndex = 0);

// The fee in VND for the current answers; 0 when the service is free.
long long computeFee(const ValidationContext& ctx, const Answers& answers);

// Drops answers of fields that are hidden, so they are never submitted.
Answers submittableAnswers(const ValidationContext& ctx, const Answers& answers);

}  // namespace kiosk::forms

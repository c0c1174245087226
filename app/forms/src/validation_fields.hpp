#pragma once
// Checks of one answer against its field's type: the parts of validation that depend on the type.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/forms/form_schema.hpp"
#include "kiosk/forms/validation.hpp"

namespace kiosk::forms::detail {

// One instance of a page being checked: everything a field's checks may look at.
struct FieldScope {
    const ValidationContext& ctx;
    const FormSchema& schema;
    const Answers& answers;
    int repeatIndex = 0;  // 0 outside repeat pages

    // The key of another field's answer as seen from here (same instance on a repeat page).
    std::string keyOf(const std::string& fieldId) const;
};

// The problem with the non-empty, valid UTF-8 `value` of `field`, judged by its type alone.
std::optional<Text> checkFormat(const FieldScope& scope, const Field& field,
                                const std::string& value);

// Errors on the parts of an address answered under `key` (`key`.province, .commune, .street).
void checkAddress(const FieldScope& scope, const Field& field, const std::string& key,
                  bool required, std::vector<FieldError>& out);

// The choice list `id`: the service's own first, then the shared lists; nullptr when absent.
const ChoiceList* findChoiceList(const ValidationContext& ctx, const std::string& id);

// The spelling that is submitted: dates dd/mm/yyyy, plain digits, 10-digit phones, no spaces
// in ID numbers. Text that does not parse as its type is returned unchanged.
std::string canonicalAnswer(const Field& field, const std::string& value);

}  // namespace kiosk::forms::detail

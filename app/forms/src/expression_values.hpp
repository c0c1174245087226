#pragma once
// How evaluation reads answers and mixes value types (the rules documented on EvalContext).
#include <optional>
#include <string>

#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/values.hpp"

namespace kiosk::forms::detail {

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

// The answer key a field reference reads: "<id>#<repeatIndex>" inside a repeat page, else "<id>";
// `part` ("province", "commune", "street") is appended for an address.
std::string resolveKey(const EvalContext& ctx, const std::string& id, const std::string& part);

// The typed value of the answer under `key`; `fieldId` picks the type from the schema.
Value answerValue(const EvalContext& ctx, const std::string& key, const std::string& fieldId);

std::optional<double> asNumber(const Value& v);  // numbers, and text that spells one
std::optional<Date> asDate(const Value& v);      // dates, and "dd/mm/yyyy" text
std::string asText(const Value& v);              // what a computed field stores
bool isEmpty(const Value& v);                    // no answer, or empty text

// `a op b` under the coercion rules; false whenever either side is empty or they cannot be
// compared (then only != is true).
bool compareValues(CompareOp op, const Value& a, const Value& b);

}  // namespace kiosk::forms::detail

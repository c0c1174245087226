#pragma once
// The small expression language of service files (visible_if, required_if, constraint, compute,
// fee, routes). Grammar and functions: kiosk-config/README.md, "Expressions".
#include <chrono>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/forms/answers.hpp"

namespace kiosk::forms {

class FormSchema;  // form_schema.hpp

// A value during evaluation. Empty means "no answer"; comparisons with it are false.
using Value = std::variant<std::monostate, bool, double, std::string, std::chrono::year_month_day>;

// How answers become typed values: with a `schema`, a field's declared type decides (date ->
// date, integer/money -> number, yes_no -> true/false, anything else -> text; an answer that
// does not parse as its type is empty). Without one every answer is text. Either way, text is
// read as a number in arithmetic and when compared with a number, as a date ("dd/mm/yyyy") when
// compared with a date or passed to a date function, and 'co'/'khong' compare equal to
// true/false, so `ngay_sinh < date('01/01/2000')` and `so_ban * 2` work both ways. Pass a schema
// whenever there is one: without it a bare yes_no answer "khong" is non-empty text, so truthy.
struct EvalContext {
    const Answers& answers;
    std::chrono::year_month_day today;
    std::string currentKey;  // what '.' refers to inside a constraint
    int repeatIndex = 0;     // inside a repeat page, field ids resolve to that instance
    const FormSchema* schema = nullptr;  // field types and repeat pages; optional
};

class Expression {
public:
    virtual ~Expression() = default;
    virtual Value evaluate(const EvalContext& ctx) const = 0;
    // Field ids the expression reads, so the loader can report dangling references. An address
    // part `x.street` reports `x`; count()'s argument may name a repeat page instead of a field.
    virtual void collectFieldRefs(std::vector<std::string>& out) const = 0;
    const std::string& source() const { return m_source; }

protected:
    std::string m_source;
};

struct ExpressionError {
    std::string message;  // Vietnamese first
    size_t offset = 0;    // byte offset into the expression text
};

// Compiles `text` once; the result is immutable and may be evaluated from many places.
Result<ExpressionPtr, ExpressionError> parseExpression(std::string_view text);

// Truthiness used by visible_if and friends: empty -> false, "" -> false, 0 -> false.
bool isTruthy(const Value& v);

}  // namespace kiosk::forms

#pragma once
// The small expression language of service files (visible_if, required_if, constraint, compute,
// fee, routes). Grammar and functions: kiosk-config/README.md, "Expressions".
#include <chrono>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.hpp"
#include "forms/answers.hpp"

namespace kiosk::forms {

// A value during evaluation. Empty means "no answer"; comparisons with it are false.
using Value = std::variant<std::monostate, bool, double, std::string, std::chrono::year_month_day>;

struct EvalContext {
    const Answers& answers;
    std::chrono::year_month_day today;
    std::string currentKey;  // what '.' refers to inside a constraint
    int repeatIndex = 0;     // inside a repeat page, field ids resolve to that instance
};

class Expression {
public:
    virtual ~Expression() = default;
    virtual Value evaluate(const EvalContext& ctx) const = 0;
    // Field ids the expression reads, so the loader can report dangling references.
    virtual void collectFieldRefs(std::vector<std::string>& out) const = 0;
    const std::string& source() const { return m_source; }

protected:
    std::string m_source;
};

struct ExpressionError {
    std::string message;  // Vietnamese first
    size_t offset = 0;    // byte offset into the expression text
};

Result<ExpressionPtr, ExpressionError> parseExpression(std::string_view text);

// Truthiness used by visible_if and friends: empty -> false, "" -> false, 0 -> false.
bool isTruthy(const Value& v);

}  // namespace kiosk::forms

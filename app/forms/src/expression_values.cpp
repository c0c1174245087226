#include "expression_values.hpp"

#include <cmath>

#include "kiosk/forms/form_schema.hpp"

namespace kiosk::forms::detail {
namespace {

template <typename T>
bool ordered(CompareOp op, const T& a, const T& b) {
    switch (op) {
        case CompareOp::Eq: return a == b;
        case CompareOp::Ne: return a != b;
        case CompareOp::Lt: return a < b;
        case CompareOp::Le: return a <= b;
        case CompareOp::Gt: return a > b;
        case CompareOp::Ge: return a >= b;
    }
    return false;
}

std::optional<bool> asYesNo(const Value& v) {
    if (const auto* b = std::get_if<bool>(&v)) return *b;
    if (const auto* s = std::get_if<std::string>(&v)) {
        if (*s == "co") return true;
        if (*s == "khong") return false;
    }
    return std::nullopt;
}

}  // namespace

std::string resolveKey(const EvalContext& ctx, const std::string& id, const std::string& part) {
    const std::string suffix = part.empty() ? std::string() : "." + part;
    if (ctx.repeatIndex > 0) {
        std::string instance = answerKey(id, ctx.repeatIndex) + suffix;
        const bool onRepeatPage = ctx.schema != nullptr && ctx.schema->pageOf(id) != nullptr &&
                                  ctx.schema->pageOf(id)->repeat;
        if (onRepeatPage || ctx.answers.count(instance) > 0) return instance;
    }
    return id + suffix;
}

Value answerValue(const EvalContext& ctx, const std::string& key, const std::string& fieldId) {
    const auto it = ctx.answers.find(key);
    if (it == ctx.answers.end() || it->second.empty()) return std::monostate{};
    const std::string& text = it->second;
    const Field* field = ctx.schema != nullptr ? ctx.schema->field(fieldId) : nullptr;
    // An address part is text whatever the address field is.
    if (field == nullptr || key.find('.') != std::string::npos) return text;
    switch (field->type) {
        case FieldType::Date:
            if (const auto d = parseDate(text)) return *d;
            return std::monostate{};
        case FieldType::Integer:
        case FieldType::Money:
            if (const auto n = parseInteger(text)) return static_cast<double>(*n);
            return std::monostate{};
        case FieldType::YesNo:
            if (const auto b = asYesNo(Value(text))) return *b;
            return std::monostate{};
        default: return text;
    }
}

std::optional<double> asNumber(const Value& v) {
    if (const auto* n = std::get_if<double>(&v)) return *n;
    if (const auto* s = std::get_if<std::string>(&v)) return parseNumber(*s);
    return std::nullopt;
}

std::optional<Date> asDate(const Value& v) {
    if (const auto* d = std::get_if<Date>(&v)) return *d;
    if (const auto* s = std::get_if<std::string>(&v)) return parseDate(*s);
    return std::nullopt;
}

std::string asText(const Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* n = std::get_if<double>(&v)) return formatNumber(*n);
    if (const auto* d = std::get_if<Date>(&v)) return formatDate(*d);
    if (const auto* b = std::get_if<bool>(&v)) return *b ? "co" : "khong";
    return {};
}

bool isEmpty(const Value& v) {
    if (std::holds_alternative<std::monostate>(v)) return true;
    if (const auto* s = std::get_if<std::string>(&v)) return s->empty();
    return false;
}

bool compareValues(CompareOp op, const Value& a, const Value& b) {
    if (std::holds_alternative<std::monostate>(a) || std::holds_alternative<std::monostate>(b)) {
        return false;
    }
    const bool eitherNumber = std::holds_alternative<double>(a) || std::holds_alternative<double>(b);
    const bool eitherDate = std::holds_alternative<Date>(a) || std::holds_alternative<Date>(b);
    const bool eitherBool = std::holds_alternative<bool>(a) || std::holds_alternative<bool>(b);
    const bool mismatch = op == CompareOp::Ne;  // values of kinds that cannot meet are unequal
    if (eitherNumber) {
        const auto x = asNumber(a), y = asNumber(b);
        return x && y ? ordered(op, *x, *y) : mismatch;
    }
    if (eitherDate) {
        const auto x = asDate(a), y = asDate(b);
        if (!x || !y) return mismatch;
        return ordered(op, std::chrono::sys_days(*x), std::chrono::sys_days(*y));
    }
    if (eitherBool) {
        const auto x = asYesNo(a), y = asYesNo(b);
        if (!x || !y) return mismatch;
        if (op != CompareOp::Eq && op != CompareOp::Ne) return false;
        return ordered(op, *x, *y);
    }
    return ordered(op, std::get<std::string>(a), std::get<std::string>(b));
}

}  // namespace kiosk::forms::detail

namespace kiosk::forms {

bool isTruthy(const Value& v) {
    if (const auto* b = std::get_if<bool>(&v)) return *b;
    if (const auto* n = std::get_if<double>(&v)) return *n != 0 && !std::isnan(*n);
    if (const auto* s = std::get_if<std::string>(&v)) return !s->empty();
    return std::holds_alternative<Date>(v);
}

}  // namespace kiosk::forms

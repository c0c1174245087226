// Walks a service's pages and fields: visibility, required, the type checks of
// validation_fields.cpp, bounds, pattern and constraint; computed fields and the fee.
#include "kiosk/forms/validation.hpp"

#include <cmath>
#include <regex>

#include "expression_values.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/form_schema.hpp"
#include "kiosk/forms/values.hpp"
#include "validation_fields.hpp"
#include "validation_messages.hpp"

namespace kiosk::forms {
namespace {

using detail::FieldScope;

// libstdc++'s regex matcher recurses per character; longer answers are refused instead.
constexpr size_t kMaxPatternInput = 1000;

Value evaluate(const ExpressionPtr& expr, const FieldScope& scope, const std::string& key = {}) {
    const EvalContext ec{scope.answers, scope.ctx.today, key, scope.repeatIndex, &scope.schema};
    return expr->evaluate(ec);
}

bool fieldVisible(const FieldScope& scope, const Field& field) {
    return !field.visibleIf || isTruthy(evaluate(field.visibleIf, scope));
}

bool fieldRequired(const FieldScope& scope, const Field& field) {
    return field.required || (field.requiredIf && isTruthy(evaluate(field.requiredIf, scope)));
}

bool pageVisible(const FieldScope& scope, const Page& page) {
    return !page.visibleIf || isTruthy(evaluate(page.visibleIf, scope));
}

// Whether `value` matches `pattern` as a whole; a pattern that does not compile (the loader
// reports those) never blocks a citizen.
bool matchesPattern(const std::string& pattern, const std::string& value) {
    if (value.size() > kMaxPatternInput) return false;
    try {
        const std::regex re(pattern, std::regex::ECMAScript);
        return std::regex_match(value, re);
    } catch (const std::regex_error&) {
        return true;
    }
}

// The first problem with a non-empty answer after its type is known to be right.
std::optional<Text> checkRules(const FieldScope& scope, const Field& field, const std::string& key,
                               const std::string& value) {
    if (auto problem = detail::checkFormat(scope, field, value)) return problem;
    const size_t length = text::codepointCount(value);
    if (field.minLength && length < *field.minLength) return messages::tooShort(*field.minLength);
    if (field.maxLength && length > *field.maxLength) {
        return messages::tooLong(*field.maxLength, length);
    }
    if (field.type == FieldType::Integer || field.type == FieldType::Money) {
        const auto n = static_cast<double>(parseInteger(value).value_or(0));
        if ((field.min && n < *field.min) || (field.max && n > *field.max)) {
            return messages::numberRange(field.type, field.min, field.max);
        }
    }
    if (!field.pattern.empty() && !matchesPattern(field.pattern, value)) return messages::pattern();
    if (field.constraint && !isTruthy(evaluate(field.constraint, scope, key))) {
        return field.constraintMessage.empty() ? messages::constraintDefault()
                                               : field.constraintMessage;
    }
    return std::nullopt;
}

void checkField(const FieldScope& scope, const Field& field, std::vector<FieldError>& out) {
    if (field.type == FieldType::Info || field.compute || !fieldVisible(scope, field)) return;
    const std::string key = answerKey(field.id, scope.repeatIndex);
    const bool required = fieldRequired(scope, field);
    if (field.type == FieldType::Address) {
        detail::checkAddress(scope, field, key, required, out);
        return;
    }
    const auto it = scope.answers.find(key);
    if (it == scope.answers.end() || it->second.empty()) {
        if (required) out.push_back(FieldError{key, field.id, messages::required(field.type)});
        return;
    }
    if (!text::isValidUtf8(it->second)) {
        out.push_back(FieldError{key, field.id, messages::unreadable()});
        return;
    }
    if (auto problem = checkRules(scope, field, key, it->second)) {
        out.push_back(FieldError{key, field.id, std::move(*problem)});
    }
}

// Calls `visit(scope, field)` for every field instance of a page: once, or once per instance.
template <typename Visit>
void forEachInstance(const FieldScope& base, const Page& page, Visit&& visit) {
    const int instances = page.repeat ? repeatCount(page, base.answers) : 0;
    for (int i = page.repeat ? 1 : 0; i <= instances; ++i) {
        const FieldScope scope{base.ctx, base.schema, base.answers, i};
        for (const auto& field : page.fields) visit(scope, field);
    }
}

std::vector<FieldError> errorsOnPage(const FieldScope& base, const Page& page) {
    std::vector<FieldError> errors;
    if (!pageVisible(base, page)) return errors;
    forEachInstance(base, page, [&](const FieldScope& scope, const Field& field) {
        checkField(scope, field, errors);
    });
    return errors;
}

void copyAnswer(const FieldScope& scope, const Field& field, Answers& out) {
    if (field.type == FieldType::Info || !fieldVisible(scope, field)) return;
    const std::string key = answerKey(field.id, scope.repeatIndex);
    if (field.type == FieldType::Address) {
        for (const char* part : {".province", ".commune", ".street"}) {
            const auto it = scope.answers.find(key + part);
            if (it != scope.answers.end() && !it->second.empty()) out[it->first] = it->second;
        }
        return;
    }
    const auto it = scope.answers.find(key);
    if (it != scope.answers.end() && !it->second.empty()) {
        out[key] = detail::canonicalAnswer(field, it->second);
    }
}

}  // namespace

std::vector<FieldError> validatePage(const ValidationContext& ctx, const Page& page,
                                     const Answers& answers) {
    const FormSchema schema(ctx.service);
    return errorsOnPage(FieldScope{ctx, schema, answers, 0}, page);
}

std::vector<FieldError> validateService(const ValidationContext& ctx, const Answers& answers) {
    const FormSchema schema(ctx.service);
    const FieldScope top{ctx, schema, answers, 0};
    std::vector<FieldError> errors;
    for (const auto& field : ctx.service.preQuestions) checkField(top, field, errors);
    for (const auto& page : ctx.service.pages) {
        auto pageErrors = errorsOnPage(top, page);
        errors.insert(errors.end(), std::make_move_iterator(pageErrors.begin()),
                      std::make_move_iterator(pageErrors.end()));
    }
    return errors;
}

void applyComputed(const ValidationContext& ctx, Answers& answers) {
    const FormSchema schema(ctx.service);
    const FieldScope top{ctx, schema, answers, 0};
    auto compute = [&answers](const FieldScope& scope, const Field& field) {
        if (!field.compute) return;
        const Value v = evaluate(field.compute, scope);
        setAnswer(answers, answerKey(field.id, scope.repeatIndex), detail::asText(v));
    };
    for (const auto& field : ctx.service.preQuestions) compute(top, field);
    for (const auto& page : ctx.service.pages) forEachInstance(top, page, compute);
}

bool isVisible(const Page& page, const Answers& answers, std::chrono::year_month_day today) {
    return !page.visibleIf || isTruthy(page.visibleIf->evaluate(EvalContext{answers, today, {}, 0}));
}

bool isVisible(const Field& field, const Answers& answers, std::chrono::year_month_day today,
               int repeatIndex) {
    return !field.visibleIf ||
           isTruthy(field.visibleIf->evaluate(EvalContext{answers, today, {}, repeatIndex}));
}

bool isVisible(const ValidationContext& ctx, const Page& page, const Answers& answers) {
    const FormSchema schema(ctx.service);
    return pageVisible(FieldScope{ctx, schema, answers, 0}, page);
}

bool isVisible(const ValidationContext& ctx, const Field& field, const Answers& answers,
               int repeatIndex) {
    const FormSchema schema(ctx.service);
    return fieldVisible(FieldScope{ctx, schema, answers, repeatIndex}, field);
}

bool isRequired(const ValidationContext& ctx, const Field& field, const Answers& answers,
                int repeatIndex) {
    const FormSchema schema(ctx.service);
    return fieldRequired(FieldScope{ctx, schema, answers, repeatIndex}, field);
}

long long computeFee(const ValidationContext& ctx, const Answers& answers) {
    if (!ctx.service.fee.amount) return 0;
    const FormSchema schema(ctx.service);
    const auto amount = detail::asNumber(evaluate(ctx.service.fee.amount,
                                                  FieldScope{ctx, schema, answers, 0}));
    // A fee is whole dong; anything unworkable or absurd is not charged rather than guessed.
    if (!amount || !std::isfinite(*amount) || *amount <= 0 || *amount > 1e15) return 0;
    return std::llround(*amount);
}

Answers submittableAnswers(const ValidationContext& ctx, const Answers& answers) {
    const FormSchema schema(ctx.service);
    const FieldScope top{ctx, schema, answers, 0};
    Answers out;
    for (const auto& field : ctx.service.preQuestions) copyAnswer(top, field, out);
    for (const auto& page : ctx.service.pages) {
        if (!pageVisible(top, page)) continue;
        if (page.repeat) out[repeatCountKey(page.id)] = std::to_string(repeatCount(page, answers));
        forEachInstance(top, page, [&out](const FieldScope& scope, const Field& field) {
            copyAnswer(scope, field, out);
        });
    }
    return out;
}

}  // namespace kiosk::forms

#pragma once
// Hand-built form model pieces for the forms tests (the TOML loader is tested elsewhere).
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/model.hpp"
#include "kiosk/forms/validation.hpp"

namespace kiosk::forms::test {

inline std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
    return {std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

// A fixed "today" so age and future-date rules give the same result on any day.
inline const std::chrono::year_month_day kToday = ymd(2025, 6, 15);

inline ExpressionPtr expr(std::string_view text) {
    auto parsed = parseExpression(text);
    REQUIRE_MESSAGE(parsed.ok(), std::string(text));
    return parsed.value();
}

inline Field field(std::string id, FieldType type) {
    Field f;
    f.id = std::move(id);
    f.type = type;
    f.label = {"Câu hỏi", "Question"};
    return f;
}

inline Page page(std::string id, std::vector<Field> fields) {
    Page p;
    p.id = std::move(id);
    p.title = {"Trang", "Page"};
    p.fields = std::move(fields);
    return p;
}

inline Page repeatPage(std::string id, std::vector<Field> fields, int min, int max) {
    Page p = page(std::move(id), std::move(fields));
    p.repeat = true;
    p.minRepeat = min;
    p.maxRepeat = max;
    return p;
}

inline Service service(std::vector<Page> pages) {
    Service s;
    s.id = "thu-nghiem";
    s.code = "9.999999";
    s.name = {"Thủ tục thử nghiệm", "Test procedure"};
    s.pages = std::move(pages);
    return s;
}

// Errors of a one-page service holding `fields`, as validateService reports them.
struct OnePage {
    Service svc;
    AdminUnits units;
    std::vector<ChoiceList> shared;

    explicit OnePage(std::vector<Field> fields) : svc(service({page("p", std::move(fields))})) {}
    ValidationContext ctx() const { return ValidationContext{svc, units, kToday, &shared}; }
    std::vector<FieldError> errors(const Answers& answers) const {
        return validateService(ctx(), answers);
    }
    // The Vietnamese message on `key`, or "" when that key has no error.
    std::string errorOn(const Answers& answers, const std::string& key) const {
        for (const auto& e : errors(answers)) {
            if (e.key == key) return e.message.vi;
        }
        return {};
    }
};

}  // namespace kiosk::forms::test

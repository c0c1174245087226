// Parents of a young child often want the birth, the residence and the health-insurance card
// done together; the birth service's pre-questions must send exactly those families to the
// combined procedure and let everyone else carry on, or filings land in the wrong procedure.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/form_schema.hpp"
#include "shipped_services.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The service the first matching route leads to, or "" to stay in the birth service.
std::string routeTarget(const forms::Answers& answers) {
    const auto& service = shippedService("dang-ky-khai-sinh");
    const forms::FormSchema schema(service);
    const forms::EvalContext ctx{answers, kToday, {}, 0, &schema};
    for (const auto& route : service.routes) {
        if (forms::isTruthy(route.when->evaluate(ctx))) return route.service;
    }
    return {};
}

forms::Answers preAnswers(const char* underSix, const char* combined) {
    forms::Answers answers;
    answer(answers, "tre_duoi_6_tuoi", underSix);
    if (combined != nullptr) answer(answers, "muon_lien_thong", combined);
    return answers;
}

const forms::Field& preQuestion(const std::string& id) {
    for (const auto& field : shippedService("dang-ky-khai-sinh").preQuestions) {
        if (field.id == id) return field;
    }
    FAIL("no pre-question " << id);
    return shippedService("dang-ky-khai-sinh").preQuestions.front();
}

}  // namespace

TEST_CASE("a child under 6 whose family wants residence and health insurance goes to the combined service") {
    CHECK(routeTarget(preAnswers("co", "co")) == "lien-thong-khai-sinh");
    CHECK(shipped().findService("lien-thong-khai-sinh") != nullptr);
}

TEST_CASE("a child under 6 registered for the birth only stays in birth registration") {
    CHECK(routeTarget(preAnswers("co", "khong")).empty());
}

TEST_CASE("someone aged 6 or more is never sent to the combined service") {
    CHECK(routeTarget(preAnswers("khong", nullptr)).empty());
    // A stale answer to the hidden second question must not route either.
    CHECK(routeTarget(preAnswers("khong", "co")).empty());
}

TEST_CASE("the combined-service question is asked only about a child under 6") {
    const auto& service = shippedService("dang-ky-khai-sinh");
    const auto ctx = contextFor(service);
    const auto& question = preQuestion("muon_lien_thong");
    CHECK(forms::isVisible(ctx, question, preAnswers("co", nullptr)));
    CHECK_FALSE(forms::isVisible(ctx, question, preAnswers("khong", nullptr)));
    CHECK(forms::isRequired(ctx, question, preAnswers("co", nullptr)));
}

TEST_CASE("the combined service asks no pre-questions of its own, so routing cannot loop") {
    const auto& combined = shippedService("lien-thong-khai-sinh");
    CHECK(combined.preQuestions.empty());
    CHECK(combined.routes.empty());
}

TEST_CASE("the combined service refuses a child who is 6 or older") {
    const auto& combined = shippedService("lien-thong-khai-sinh");
    const auto ctx = contextFor(combined);
    auto dobRejected = [&](int daysOld) {
        forms::Answers answers;
        answer(answers, "ngay_sinh_tre", dateText(daysBefore(daysOld)));
        for (const auto& error : forms::validateService(ctx, answers)) {
            if (error.fieldId == "ngay_sinh_tre") return true;
        }
        return false;
    };
    CHECK(dobRejected(6 * 366));
    CHECK_FALSE(dobRejected(5 * 365));
}

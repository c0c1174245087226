#include "kiosk/core/filing_prepare.hpp"

#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/form_schema.hpp"

namespace kiosk::core {

const forms::Route* chosenRoute(const forms::Service& service, const forms::Answers& answers,
                                std::chrono::year_month_day today) {
    const forms::FormSchema schema(service);
    const forms::EvalContext eval{answers, today, {}, 0, &schema};
    for (const auto& route : service.routes) {
        if (route.when && forms::isTruthy(route.when->evaluate(eval))) return &route;
    }
    return nullptr;
}

Result<Filing, std::vector<forms::FieldError>> prepareFiling(const config::Config& config,
                                                             const forms::Service& service,
                                                             forms::Answers& answers,
                                                             std::chrono::year_month_day today) {
    const forms::ValidationContext vctx{service, config.units, today, &config.sharedChoices};
    forms::applyComputed(vctx, answers);
    if (auto errors = forms::validateService(vctx, answers); !errors.empty()) return errors;
    return Filing{service.id, service.code, forms::submittableAnswers(vctx, answers), {},
                  forms::computeFee(vctx, answers), service.dueWorkingDays};
}

}  // namespace kiosk::core

#include "core/navigation.hpp"

#include <algorithm>

namespace kiosk::core {

std::vector<int> visiblePages(const forms::ValidationContext& ctx, const forms::Answers& answers) {
    std::vector<int> out;
    const auto& pages = ctx.service.pages;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (forms::isVisible(ctx, pages[i], answers)) out.push_back(static_cast<int>(i));
    }
    return out;
}

std::optional<int> nextVisiblePage(const forms::ValidationContext& ctx,
                                   const forms::Answers& answers, int pageIndex) {
    for (int i : visiblePages(ctx, answers)) {
        if (i > pageIndex) return i;
    }
    return std::nullopt;
}

std::optional<int> previousVisiblePage(const forms::ValidationContext& ctx,
                                       const forms::Answers& answers, int pageIndex) {
    const auto pages = visiblePages(ctx, answers);
    for (auto it = pages.rbegin(); it != pages.rend(); ++it) {
        if (*it < pageIndex) return *it;
    }
    return std::nullopt;
}

std::optional<Progress> pageProgress(const Session& session, std::chrono::year_month_day today) {
    if (session.screen != Screen::Page || session.service == nullptr) return std::nullopt;
    const auto pages = visiblePages(validationContext(session, today), session.answers);
    const auto it = std::find(pages.begin(), pages.end(), session.pageIndex);
    if (it == pages.end()) return std::nullopt;
    return Progress{static_cast<int>(it - pages.begin()) + 1, static_cast<int>(pages.size())};
}

forms::Page preQuestionPage(const forms::Service& service) {
    forms::Page page;
    page.id = "pre_questions";
    page.fields = service.preQuestions;
    page.where = service.where;
    return page;
}

}  // namespace kiosk::core

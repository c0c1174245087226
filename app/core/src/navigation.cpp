#include "kiosk/core/navigation.hpp"

#include <algorithm>

#include "kiosk/forms/expression.hpp"

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

namespace {

bool answered(const forms::Answers& answers, const std::string& id) {
    const auto it = answers.lower_bound(id);
    if (it == answers.end()) return false;
    if (it->first == id) return !it->second.empty();
    return it->first.rfind(id + ".", 0) == 0;  // an address: "noi_cu_tru.province"
}

// Shown for the current answers, or not decided yet: its visible_if reads a question still
// unanswered. Counting those makes the total the most the citizen may still see, so answering
// only ever takes steps away ("Bước 8/12" never becomes "Bước 9/14").
bool mayBeShown(const forms::ValidationContext& ctx, const forms::Page& page, const forms::Answers& answers) {
    if (forms::isVisible(ctx, page, answers)) return true;
    std::vector<std::string> reads;
    page.visibleIf->collectFieldRefs(reads);
    return std::any_of(reads.begin(), reads.end(), [&](const std::string& id) { return !answered(answers, id); });
}

}  // namespace

std::optional<Progress> pageProgress(const Session& session, std::chrono::year_month_day today) {
    if (session.screen != Screen::Page || session.service == nullptr) return std::nullopt;
    const auto vctx = validationContext(session, today);
    std::vector<int> pages;
    for (size_t i = 0; i < session.service->pages.size(); ++i) {
        if (mayBeShown(vctx, session.service->pages[i], session.answers)) pages.push_back(static_cast<int>(i));
    }
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

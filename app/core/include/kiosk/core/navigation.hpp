#pragma once
// Which pages of a service the citizen sees, in what order, and where "Bước 2/6" stands.
#include <chrono>
#include <optional>
#include <vector>

#include "kiosk/core/session.hpp"
#include "kiosk/forms/validation.hpp"

namespace kiosk::core {

// Indices into service.pages of the pages shown for the current answers, in order.
std::vector<int> visiblePages(const forms::ValidationContext& ctx, const forms::Answers& answers);

// The first visible page after `pageIndex` (-1: the first one), or nullopt at the end.
std::optional<int> nextVisiblePage(const forms::ValidationContext& ctx,
                                   const forms::Answers& answers, int pageIndex);

// The last visible page before `pageIndex` (a large index: the last one), or nullopt.
std::optional<int> previousVisiblePage(const forms::ValidationContext& ctx,
                                       const forms::Answers& answers, int pageIndex);

struct Progress {
    int step = 0;  // from 1
    int total = 0;
};

// Where the current page stands among the pages the current answers can still reach (shown,
// or hanging on a question not answered yet), so the total never grows; nullopt off the form pages.
std::optional<Progress> pageProgress(const Session& session, std::chrono::year_month_day today);

// The pre-questions as one page, so the engine validates them like any other page.
forms::Page preQuestionPage(const forms::Service& service);

}  // namespace kiosk::core

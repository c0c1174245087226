#include "example_filing.hpp"

#include <algorithm>
#include <map>

#include "example_answers.hpp"
#include "kiosk/core/filing_prepare.hpp"
#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/validation.hpp"

namespace kiosk::admin {
namespace {

constexpr int kMaxRepairs = 200;

// Answers every question with its first candidate, then repairs: while the form objects, the
// first objection's question gets the candidate that leaves the fewest objections. The form's
// own rules decide what is valid, so no service needs code of its own here.
class Generator {
public:
    Generator(const config::Config& config, const forms::Service& service, unsigned seed, forms::Date today)
        : m_config(config), m_service(service), m_today(today), m_answers(config, service, seed, today) {}

    Result<FilingFile> run() {
        m_answers.fillAll();
        auto problems = objections();
        for (int round = 0; round < kMaxRepairs && !problems.empty(); ++round) {
            if (!repairOne(problems)) {
                return Error{"admin.example_failed",
                             "Không tạo được câu trả lời hợp lệ cho '" + problems.front().key + "' (" +
                                 problems.front().message.vi + ") / could not generate a valid answer",
                             problems.front().key};
            }
            problems = objections();
        }
        forms::Answers answers = m_answers.answers();
        auto prepared = core::prepareFiling(m_config, m_service, answers, m_today);
        if (!prepared) return Error{"admin.example_failed", "Không tạo được hồ sơ mẫu hợp lệ / could not generate a valid filing", m_service.id};
        FilingFile file{m_service.id, std::move(prepared->answers), {}};
        m_answers.attachDocuments(file);
        return file;
    }

private:
    // What validation says, plus a pre-question answer that would send the citizen to another
    // procedure (the kiosk would switch service there): pinned on the route's last question.
    std::vector<forms::FieldError> objections() {
        forms::Answers answers = m_answers.answers();
        const forms::ValidationContext vctx{m_service, m_config.units, m_today, &m_config.sharedChoices};
        forms::applyComputed(vctx, answers);
        auto errors = forms::validateService(vctx, answers);
        if (const forms::Route* route = core::chosenRoute(m_service, answers, m_today)) {
            std::vector<std::string> refs;
            route->when->collectFieldRefs(refs);
            if (!refs.empty()) errors.push_back(forms::FieldError{refs.back(), refs.back(), route->reason});
        }
        return errors;
    }

    bool repairOne(const std::vector<forms::FieldError>& problems) {
        for (const auto& problem : problems) {
            const std::string slot = m_answers.slotOf(problem.key);
            if (slot.empty()) continue;
            const size_t before = problems.size();
            size_t best = before;
            std::string bestValue;
            const std::string current = m_answers.value(slot);
            for (const auto& candidate : m_answers.candidates(slot)) {
                m_answers.set(slot, candidate);
                const size_t count = objections().size();
                if (count < best) {
                    best = count;
                    bestValue = candidate;
                }
            }
            m_answers.set(slot, best < before ? bestValue : current);
            if (best < before) return true;
        }
        return false;
    }

    const config::Config& m_config;
    const forms::Service& m_service;
    forms::Date m_today;
    ExampleAnswers m_answers;
};

}  // namespace

Result<FilingFile> exampleFiling(const config::Config& config, const forms::Service& service, unsigned seed,
                                 forms::Date today) {
    return Generator(config, service, seed, today).run();
}

}  // namespace kiosk::admin

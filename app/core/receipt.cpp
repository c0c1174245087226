#include "core/receipt.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

bool isWorkingDay(forms::Date d) {
    const std::chrono::weekday wd{std::chrono::sys_days(d)};
    return wd != std::chrono::Saturday && wd != std::chrono::Sunday;
}

forms::Date nextDay(forms::Date d) { return forms::Date(std::chrono::sys_days(d) + std::chrono::days(1)); }

// The applicant is whoever the identity step filled in: the first question pre-filled with
// the card's full name; "ho_ten" when a service has none.
std::string applicantOf(const forms::Service& service, const forms::Answers& answers) {
    for (const auto& page : service.pages) {
        for (const auto& field : page.fields) {
            if (field.prefill != forms::PrefillKey::FullName) continue;
            if (const auto it = answers.find(field.id); it != answers.end()) return it->second;
        }
    }
    const auto it = answers.find("ho_ten");
    return it == answers.end() ? std::string() : it->second;
}

// The documents behind every answered document question, each named once, in service order.
std::vector<forms::Text> documentsOf(const forms::Service& service, const forms::Answers& answers) {
    std::vector<std::string> handedIn;
    for (const auto& page : service.pages) {
        for (const auto& field : page.fields) {
            if (field.type != forms::FieldType::Document) continue;
            const bool answered = std::any_of(answers.begin(), answers.end(), [&](const auto& a) {
                return forms::fieldIdOfKey(a.first) == field.id && !a.second.empty();
            });
            if (answered) handedIn.push_back(field.document);
        }
    }
    std::vector<forms::Text> out;
    for (const auto& doc : service.documents) {
        if (std::find(handedIn.begin(), handedIn.end(), doc.id) != handedIn.end()) out.push_back(doc.name);
    }
    return out;
}

}  // namespace

forms::Date addWorkingDays(forms::Date from, int days) {
    forms::Date d = from;
    while (!isWorkingDay(d)) d = nextDay(d);
    for (int i = 0; i < days; ++i) {
        d = nextDay(d);
        while (!isWorkingDay(d)) d = nextDay(d);
    }
    return d;
}

Receipt makeReceipt(const forms::Service& service, const forms::Answers& answers,
                    std::chrono::local_seconds receivedAt, long long feeVnd) {
    Receipt r;
    r.applicantName = applicantOf(service, answers);
    r.documents = documentsOf(service, answers);
    const auto day = std::chrono::floor<std::chrono::days>(receivedAt);
    r.receivedOn = forms::Date(std::chrono::sys_days(day.time_since_epoch()));
    r.feeVnd = feeVnd;
    if (service.dueWorkingDays) {
        // Same-day procedures handed in after 15:00 are done the next working day (the rule
        // every such service file states in its time_limit, from the civil-status and
        // certification decrees).
        const auto hour = std::chrono::duration_cast<std::chrono::hours>(receivedAt - day).count();
        const int days = *service.dueWorkingDays == 0 && hour >= 15 ? 1 : *service.dueWorkingDays;
        r.expectedOn = addWorkingDays(r.receivedOn, days);
    }
    return r;
}

}  // namespace kiosk::core

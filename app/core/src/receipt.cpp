#include "kiosk/core/receipt.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

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

Receipt makeReceipt(const forms::Service& service, const Filing& filing, std::chrono::local_seconds receivedAt,
                    const WorkingCalendar& calendar) {
    Receipt r;
    r.applicantName = applicantOf(service, filing.answers);
    r.documents = documentsOf(service, filing.answers);
    const auto day = std::chrono::floor<std::chrono::days>(receivedAt);
    const std::chrono::sys_days received(day.time_since_epoch());
    r.receivedOn = forms::Date(received);
    r.feeVnd = filing.totalVnd();
    r.delivery = filing.delivery;
    r.postFeeVnd = filing.postFeeVnd;
    if (service.dueWorkingDays) {
        const auto hour = std::chrono::duration_cast<std::chrono::hours>(receivedAt - day).count();
        r.expectedOn = forms::Date(calendar.dueDate(received, static_cast<int>(hour), *service.dueWorkingDays));
    }
    return r;
}

}  // namespace kiosk::core

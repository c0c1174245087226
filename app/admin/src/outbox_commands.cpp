#include <nlohmann/json.hpp>
#include <ostream>

#include "kiosk/admin/commands.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "utc_time.hpp"

namespace kiosk::admin {
namespace {

// Inspection never creates an outbox or a master key, and needs no kiosk id.
Result<std::unique_ptr<outbox::Outbox>> openForInspection(const Invocation& inv) {
    auto options = outbox::OutboxOptions::inDirectory(inv.dataDir, "");
    options.create = false;
    return outbox::Outbox::open(options);
}

nlohmann::json toJson(const outbox::FilingSummary& s) {
    nlohmann::json j = {{"client_filing_id", s.clientFilingId},
                        {"local_reference", s.localReference},
                        {"service_id", s.serviceId},
                        {"service_code", s.serviceCode},
                        {"status", outbox::statusName(s.status)},
                        {"created_at", utcTime(s.createdAt)},
                        {"attempts", s.attempts},
                        {"next_attempt_at", utcTime(s.nextAttemptAt)},
                        {"ma_ho_so", s.maHoSo.empty() ? nlohmann::json() : nlohmann::json(s.maHoSo)},
                        {"last_error", s.lastError.empty() ? nlohmann::json() : nlohmann::json(s.lastError)},
                        {"shredded", s.shredded}};
    j["delivered_at"] = s.deliveredAt ? nlohmann::json(utcTime(*s.deliveredAt)) : nlohmann::json();
    return j;
}

Result<int> parseLimit(const Invocation& inv) {
    const auto it = inv.options.find("limit");
    if (it == inv.options.end()) return 100;
    const std::string& text = it->second;
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) {
        return Error{"admin.usage", "--limit phải là số nguyên dương (--limit must be a positive number)", "limit"};
    }
    return std::stoi(text);
}

}  // namespace

int outboxStatus(const Invocation& inv, std::ostream& out, std::ostream& err) {
    auto box = openForInspection(inv);
    if (!box) return fail(err, box.error());
    const auto counts = (*box)->statusCounts();
    if (!counts) return fail(err, counts.error());
    const nlohmann::json j = {{"pending", counts->pending},
                              {"delivered", counts->delivered},
                              {"failed", counts->failed},
                              {"db", (*box)->databasePath().string()}};
    out << j.dump(2) << "\n";
    return 0;
}

int outboxList(const Invocation& inv, std::ostream& out, std::ostream& err) {
    const auto limit = parseLimit(inv);
    if (!limit) return fail(err, limit.error());
    auto box = openForInspection(inv);
    if (!box) return fail(err, box.error());
    const auto summaries = (*box)->list(*limit);
    if (!summaries) return fail(err, summaries.error());
    nlohmann::json j = nlohmann::json::array();
    for (const auto& s : *summaries) j.push_back(toJson(s));
    out << j.dump(2) << "\n";
    return 0;
}

}  // namespace kiosk::admin

// "audit verify" and "audit show [--since WHEN]": the staff audit log in the outbox database.
// Neither creates anything: a data folder without an outbox is an error.
#include <nlohmann/json.hpp>
#include <ostream>

#include "kiosk/admin/commands.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "utc_time.hpp"

namespace kiosk::admin {
namespace {

Result<std::unique_ptr<outbox::AuditStore>> openLog(const Invocation& inv) {
    auto options = outbox::OutboxOptions::inDirectory(inv.dataDir, "");
    options.create = false;
    return outbox::AuditStore::open(options);
}

nlohmann::json toJson(const outbox::AuditEntry& e) {
    return {{"seq", e.seq},
            {"at", utcTime(e.at)},
            {"kind", e.kind},
            {"operator_id", e.operatorId},
            {"filing_id", e.filingId},
            {"detail", e.detail},
            {"sha256", e.sha256}};
}

}  // namespace

int auditVerify(const Invocation& inv, std::ostream& out, std::ostream& err) {
    auto log = openLog(inv);
    if (!log) return fail(err, log.error());
    const auto verdict = (*log)->verify();
    if (!verdict) return fail(err, verdict.error());
    nlohmann::json j = {{"intact", !verdict->fault.has_value()},
                        {"entries", verdict->entries},
                        {"head", {{"seq", verdict->head.seq}, {"sha256", verdict->head.sha256}}}};
    if (!verdict->fault) {
        out << j.dump(2) << "\n";
        return 0;
    }
    j["first_bad_seq"] = verdict->fault->seq;
    j["problem"] = verdict->fault->code;
    out << j.dump(2) << "\n";
    return fail(err, Error{verdict->fault->code,
                           "nhật ký cán bộ không còn nguyên vẹn: " + verdict->fault->message +
                               " (the staff audit log is not intact)",
                           std::to_string(verdict->fault->seq)});
}

int auditShow(const Invocation& inv, std::ostream& out, std::ostream& err) {
    std::optional<outbox::Seconds> since;
    if (const auto it = inv.options.find("since"); it != inv.options.end()) {
        since = parseUtcTime(it->second);
        if (!since) {
            return fail(err, Error{"admin.usage",
                                   "--since phải có dạng NĂM-THÁNG-NGÀY hoặc NĂM-THÁNG-NGÀYTgiờ:phút:giâyZ, ví dụ "
                                   "2026-12-07 (--since must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)",
                                   "since"});
        }
    }
    auto log = openLog(inv);
    if (!log) return fail(err, log.error());
    const auto entries = (*log)->entries(since);
    if (!entries) return fail(err, entries.error());
    nlohmann::json j = nlohmann::json::array();
    for (const auto& e : *entries) j.push_back(toJson(e));
    out << j.dump(2) << "\n";
    return 0;
}

}  // namespace kiosk::admin

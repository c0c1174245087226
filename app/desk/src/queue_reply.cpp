#include "kiosk/desk/queue_reply.hpp"

#include "kiosk/base/bounded_json.hpp"

namespace kiosk::desk {
namespace {

using nlohmann::json;

Error badReply(std::string where) {
    return Error{"desk.bad_reply",
                 "Cổng trả lời danh sách hồ sơ không đúng mẫu (the portal's work queue reply is malformed)",
                 std::move(where)};
}

// Reads one member; false when it is present with the wrong type. Absent or null leaves `out`.
bool text(const json& object, const char* key, std::string& out) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return true;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return true;
}

bool time(const json& object, const char* key, std::optional<LocalTime>& out) {
    std::string value;
    if (!text(object, key, value)) return false;
    if (value.empty()) return true;
    out = parsePortalTime(value);
    return out.has_value();
}

Result<std::vector<StatusChange>> history(const json& list, const std::string& where) {
    std::vector<StatusChange> changes;
    if (!list.is_array()) return badReply(where);
    for (size_t i = 0; i < list.size(); ++i) {
        const json& e = list[i];
        StatusChange change;
        std::optional<LocalTime> at;
        if (!e.is_object() || !time(e, "at", at) || !at || !text(e, "action", change.action) ||
            !text(e, "to_status", change.toStatus)) {
            return badReply(where + "/" + std::to_string(i));
        }
        change.at = *at;
        changes.push_back(std::move(change));
    }
    return changes;
}

// A list of strings (absent or null: none); false when it is anything else.
bool texts(const json& object, const char* key, std::vector<std::string>& out) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return true;
    if (!it->is_array()) return false;
    for (const json& item : *it) {
        if (!item.is_string()) return false;
        out.push_back(item.get<std::string>());
    }
    return true;
}

Result<FilingRecord> filing(const json& f, const std::string& where) {
    FilingRecord r;
    if (!f.is_object()) return badReply(where);
    if (!text(f, "filing_id", r.filingId) || r.filingId.empty()) return badReply(where + "/filing_id");
    if (!text(f, "ma_ho_so", r.maHoSo)) return badReply(where + "/ma_ho_so");
    if (!text(f, "service_code", r.serviceCode)) return badReply(where + "/service_code");
    if (!text(f, "status", r.status) || r.status.empty()) return badReply(where + "/status");
    if (!text(f, "applicant_name", r.applicantName)) return badReply(where + "/applicant_name");
    std::string channel = "kiosk";  // a portal from before channels: every filing came from a kiosk
    if (!text(f, "channel", channel)) return badReply(where + "/channel");
    const auto parsed = parseChannel(channel);
    if (!parsed) return badReply(where + "/channel");
    r.channel = *parsed;
    if (!text(f, "assisted_by", r.assistedBy)) return badReply(where + "/assisted_by");
    if (!texts(f, "originals_seen", r.originalsSeen)) return badReply(where + "/originals_seen");
    if (!time(f, "received_at", r.receivedAt)) return badReply(where + "/received_at");
    if (!time(f, "due_at", r.dueAt)) return badReply(where + "/due_at");
    if (!time(f, "returned_at", r.returnedAt)) return badReply(where + "/returned_at");
    if (const auto it = f.find("all_components_digitised"); it != f.end() && !it->is_null()) {
        if (!it->is_boolean()) return badReply(where + "/all_components_digitised");
        r.allComponentsDigitised = it->get<bool>();
    }
    if (const auto it = f.find("history"); it != f.end() && !it->is_null()) {
        auto changes = history(*it, where + "/history");
        if (!changes) return changes.error();
        r.history = std::move(*changes);
    }
    return r;
}

}  // namespace

Result<QueuePage> parseQueuePage(std::string_view body) {
    const json reply = parseBoundedJson(body);
    if (reply.is_discarded() || !reply.is_object()) return badReply("");
    const auto list = reply.find("filings");
    if (list == reply.end() || !list->is_array()) return badReply("/filings");
    QueuePage page;
    if (!text(reply, "next_cursor", page.nextCursor)) return badReply("/next_cursor");
    page.filings.reserve(list->size());
    for (size_t i = 0; i < list->size(); ++i) {
        auto record = filing((*list)[i], "/filings/" + std::to_string(i));
        if (!record) {
            wipeRecords(page.filings);
            return record.error();
        }
        page.filings.push_back(std::move(*record));
    }
    return page;
}

}  // namespace kiosk::desk

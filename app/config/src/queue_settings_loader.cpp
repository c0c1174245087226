#include "queue_settings_loader.hpp"

#include <algorithm>

#include "ids.hpp"

namespace kiosk::config::detail {
namespace {

// The portal's rule for a queue's name in its URL (docs/portal-api.md §4.14).
constexpr size_t kMaxGroupIdLength = 32;
// One screen of big buttons: more would need scrolling to find the desk's group.
constexpr size_t kMaxGroups = 8;
// Printed before the kiosk's own numbers ("K01-007"): short, and unlike the portal's numbers.
constexpr size_t kMaxPrefixLength = 6;

bool isPrefix(const std::string& prefix) {
    return !prefix.empty() && prefix.size() <= kMaxPrefixLength &&
           std::all_of(prefix.begin(), prefix.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

}  // namespace

void readQueue(TableReader& table, QueueSettings& out) {
    if (auto prefix = table.string("local_prefix", Need::Required)) {
        if (!isPrefix(*prefix)) {
            table.error("local_prefix", "config.bad_value",
                        "local_prefix '" + *prefix + "' không hợp lệ / invalid local_prefix '" + *prefix + "'",
                        "1–6 chữ in hoa không dấu hoặc số, khác nhau giữa các kiosk của xã, ví dụ \"K01\" / 1–6 of "
                        "A-Z and 0-9, different for each kiosk of the commune, e.g. \"K01\"");
        }
        out.localPrefix = std::move(*prefix);
    }
    UniqueIds ids("nhóm quầy", "queue group");
    table.tables("groups", Need::Required, [&](TableReader& entry, size_t index) {
        QueueGroup group;
        if (auto id = entry.string("id", Need::Required)) {
            if (!isSlug(*id) || id->size() > kMaxGroupIdLength) {
                entry.error("id", "config.bad_id",
                            "id nhóm quầy '" + *id + "' không hợp lệ / invalid queue group id '" + *id + "'",
                            "1–32 chữ thường không dấu, số và '-', đúng như cổng dịch vụ công đặt / 1–32 of a-z, "
                            "0-9 and '-', as the portal names the queue");
            }
            ids.add(*id, entry.file(), entry.valueAt("id"), entry.pathOf("id"));
            group.id = std::move(*id);
        }
        group.name = entry.text("name", Need::Required);
        if (index == kMaxGroups) {
            entry.error("id", "config.too_many",
                        "quá " + std::to_string(kMaxGroups) + " nhóm quầy / more than " + std::to_string(kMaxGroups) +
                            " queue groups",
                        "gộp các nhóm để người dân tìm thấy quầy của mình trên một màn hình / merge groups so a "
                        "citizen finds their desk on one screen");
        }
        out.groups.push_back(std::move(group));
    });
}

}  // namespace kiosk::config::detail

#include "kiosk/sync/supplement_body.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/sync/filing_body.hpp"

namespace kiosk::sync {

std::string supplementBody(const outbox::OpenedSupplement& opened) {
    using nlohmann::json;
    const core::Filing& content = opened.content;
    json documents = json::array();
    for (std::size_t i = 0; i < content.attachments.size() && i < opened.attachmentSha256.size(); ++i) {
        const auto& a = content.attachments[i];
        json doc{{"name", a.name},
                 {"media_type", a.mediaType},
                 {"length", a.bytes.size()},
                 {"sha256", opened.attachmentSha256[i]}};
        if (!a.slotId.empty()) doc["slot_id"] = a.slotId;
        if (a.pages > 0) doc["pages"] = a.pages;
        documents.push_back(std::move(doc));
    }
    json body{{"client_supplement_id", opened.clientSupplementId},
              {"kiosk_created_at", vietnamTime(opened.createdAt)},
              {"documents", std::move(documents)}};
    if (!content.answers.empty()) body["answers"] = content.answers;
    std::string text = body.dump(-1, ' ', false, json::error_handler_t::replace);
    if (body.contains("answers")) {
        for (auto& [key, value] : body["answers"].items()) {
            if (value.is_string()) secureWipe(value.get_ref<std::string&>());
        }
    }
    return text;
}

}  // namespace kiosk::sync

#include "kiosk/core/supplement.hpp"

#include <algorithm>

namespace kiosk::core {

std::optional<forms::Text> documentName(const forms::Service* service, const std::string& slotId) {
    if (service == nullptr) return std::nullopt;
    for (const auto& doc : service->documents) {
        if (doc.id == slotId) return doc.name;
    }
    return std::nullopt;
}

std::vector<SupplementSlot> supplementSlots(const forms::Service* service, const std::vector<std::string>& requested) {
    std::vector<SupplementSlot> slots;
    bool other = requested.empty();
    for (const auto& id : requested) {
        const bool known = documentName(service, id).has_value() && id != kOtherDocumentSlot;
        const bool twice = std::any_of(slots.begin(), slots.end(),
                                       [&id](const SupplementSlot& s) { return s.slotId == id; });
        if (!known) other = true;
        else if (!twice) slots.push_back({id, std::string("bo_sung.") + id});
    }
    if (other) slots.push_back({kOtherDocumentSlot, std::string("bo_sung.") + kOtherDocumentSlot});
    return slots;
}

const SupplementSlot* slotOfKey(const SupplementDraft& draft, const std::string& key) {
    for (const auto& slot : draft.slots) {
        if (slot.key == key) return &slot;
    }
    return nullptr;
}

size_t supplementPageCount(const SupplementDraft& draft, const DocumentPages& pages) {
    size_t count = 0;
    for (const auto& slot : draft.slots) {
        if (const auto it = pages.find(slot.key); it != pages.end()) count += it->second.size();
    }
    return count;
}

std::vector<Attachment> supplementAttachments(const SupplementDraft& draft, const DocumentPages& pages) {
    std::vector<Attachment> out;
    for (const auto& slot : draft.slots) {
        const auto it = pages.find(slot.key);
        if (it == pages.end()) continue;
        const bool other = slot.slotId == kOtherDocumentSlot;
        for (size_t i = 0; i < it->second.size(); ++i) {
            out.push_back({slot.slotId + "-" + std::to_string(i + 1) + ".jpg", "image/jpeg", it->second[i].jpeg,
                           other ? std::string() : slot.slotId, 1});
        }
    }
    return out;
}

}  // namespace kiosk::core

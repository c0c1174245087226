#pragma once
// The plaintext inside a filing's first encrypted part: the answers and a description of each
// attachment, as JSON. Attachment bytes are separate encrypted parts, never inside the JSON.
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/core/filing_store.hpp"

namespace kiosk::outbox {

struct AttachmentInfo {
    std::string name;
    std::string mediaType;
    std::size_t size = 0;
    std::string sha256;  // lower-case hex of the plaintext, for the portal's document manifest
    std::string slotId;  // core::Attachment::slotId; stored only when set
    int pages = 0;       // core::Attachment::pages; stored only when set
};

// JSON text for `filing` with `attachments` describing its attachments in order. The caller
// wipes the returned text once it is encrypted.
std::string encodeManifest(const core::Filing& filing, const std::vector<AttachmentInfo>& attachments);

// Fills `filing` (all but attachment bytes) and `attachments` from manifest JSON; wipes every
// intermediate copy of the answers it makes.
Result<void> decodeManifest(const std::vector<unsigned char>& json, core::Filing& filing,
                            std::vector<AttachmentInfo>& attachments);

}  // namespace kiosk::outbox

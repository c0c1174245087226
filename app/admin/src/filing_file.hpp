#pragma once
// The filing file kiosk-admin reads (enqueue) and writes (example-filing):
//   {"service": "<service id>", "answers": {"<answer key>": "<text>", ...},
//    "attachments": [{"name": "...", "media_type": "...", "content_base64": "..."}]}
// Answers are text, exactly as the kiosk stores them (forms/answers.hpp); they are
// NFC-normalised on reading, as the kiosk's keyboard does.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/forms/answers.hpp"

namespace kiosk::admin {

struct FilingFile {
    std::string service;
    forms::Answers answers;                    // personal data: wipe after use
    std::vector<core::Attachment> attachments;
};

// Every problem with the file's shape, each naming where it is (e.g. "/answers/ho_ten"), in
// Vietnamese then English. Values are never repeated in a message.
Result<FilingFile, std::vector<std::string>> parseFilingFile(std::string_view json);

// The file as pretty-printed JSON, keys in a stable order.
std::string formatFilingFile(const FilingFile& file);

}  // namespace kiosk::admin

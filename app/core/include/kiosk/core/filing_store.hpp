#pragma once
// The port through which a finished session leaves the UI: one durable step, no network.
// programs/kiosk/main.cpp wires an implementation (app/outbox); app/core and app/ui only see this.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/forms/answers.hpp"

namespace kiosk::core {

struct Attachment {
    std::string name;                  // e.g. "giay_chung_sinh-1.jpg"
    std::string mediaType;             // "image/jpeg", "application/pdf"
    std::vector<unsigned char> bytes;  // personal data: wiped with the session
};

struct Filing {
    std::string serviceId;
    std::string serviceCode;
    forms::Answers answers;  // only submittable answers (hidden fields dropped)
    std::vector<Attachment> attachments;
    long long feeVnd = 0;
    // The procedure's time limit in working days (0: the same day), from the service file; the
    // portal counts the due date from it.
    std::optional<int> dueWorkingDays;
};

struct StoredFiling {
    std::string localReference;  // shown on the receipt until the portal's mã hồ sơ arrives
};

class FilingStore {
public:
    virtual ~FilingStore() = default;
    // Durably stores `filing` before returning; on error nothing is half-written.
    virtual Result<StoredFiling> submit(const Filing& filing) = 0;
    // Keeps the rendered receipt (PDF bytes) of a stored filing, encrypted like the filing, for
    // staff to print later: no printer is configured or printing failed. Never plaintext at rest.
    virtual Result<void> keepReceipt(const std::string& localReference, const std::string& pdf) = 0;
};

}  // namespace kiosk::core

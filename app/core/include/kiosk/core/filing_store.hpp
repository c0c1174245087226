#pragma once
// The port through which a finished session leaves the UI: one durable step, no network.
// programs/kiosk/main.cpp wires an implementation (app/outbox); app/core and app/ui only see this.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/model.hpp"

namespace kiosk::core {

struct Attachment {
    std::string name;                  // e.g. "giay_chung_sinh-1.jpg"
    std::string mediaType;             // "image/jpeg", "application/pdf"
    std::vector<unsigned char> bytes;  // personal data: wiped with the session
    std::string slotId;                // the service file's document slot; empty when not said
    int pages = 0;                     // pages in `bytes`; 0 when not counted
};

// Where the filing was made (the filing body's `channel`): at a kiosk by the citizen, at a kiosk
// with a staff member helping (Filing::assistedBy), or at the one-stop desk by an officer
// (`kiosk --desk`'s "Tiếp nhận hồ sơ").
enum class Channel { Kiosk, KioskAssisted, Desk };

inline const char* channelName(Channel channel) {
    switch (channel) {
        case Channel::KioskAssisted: return "kiosk_assisted";
        case Channel::Desk: return "desk";
        case Channel::Kiosk: break;
    }
    return "kiosk";
}

inline std::optional<Channel> channelFromName(const std::string& name) {
    if (name == "kiosk") return Channel::Kiosk;
    if (name == "kiosk_assisted") return Channel::KioskAssisted;
    if (name == "desk") return Channel::Desk;
    return std::nullopt;
}

// Which of the filing's document slots were scanned where the paper was handed over (the kiosk's
// camera, the desk's flatbed): the filing body's digitised_components (the service file's
// [[documents]] ids, sorted, each once) and all_components_digitised, the national sync field
// HoSoCoThanhPhanSoHoa: every document the filing needed was scanned, none only seen on paper.
struct Digitisation {
    std::vector<std::string> components;
    bool all = false;
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
    // How the citizen will receive the result; post carries its address (personal data, wiped
    // with the session) and its fee, a second line beside the procedure's fee.
    forms::ResultDelivery delivery = forms::ResultDelivery::Desk;
    // "= {}": an aggregate initialiser that stops before it leaves it empty without a warning.
    std::string postAddress = {};
    long long postFeeVnd = 0;
    long long totalVnd() const { return feeVnd + postFeeVnd; }
    // The applicant's ID number from the identity step (read from the card or typed): what a
    // card read on "Tra cứu hồ sơ" is compared with (core/ownership.hpp). Personal data.
    std::string applicantIdNumber = {};
    Channel channel = Channel::Kiosk;
    // Unset on a filing stored before it was recorded: its body stays as first sent.
    std::optional<Digitisation> digitisation = {};
    // The operator id of the staff member who helped at the kiosk (Channel::KioskAssisted only).
    std::string assistedBy = {};
    // The document slot ids whose original the helper saw at the kiosk (KioskAssisted only).
    std::vector<std::string> originalsSeen = {};
};

// A citizen's satisfaction with one filing, asked after the receipt and after the result is
// handed over: tied to the filing, never to the person.
enum class RatingMoment { Receipt, Result };

struct Rating {
    RatingMoment moment = RatingMoment::Receipt;
    int score = 0;                     // 1 "Rất không hài lòng" … 5 "Rất hài lòng"
    std::vector<std::string> reasons;  // ids from kiosk.toml [rating], only for a score of 3 or less
};

struct StoredFiling {
    std::string localReference;  // shown on the receipt until the portal's mã hồ sơ arrives
};

class FilingStore {
public:
    virtual ~FilingStore() = default;
    // Durably stores `filing` before returning; on error nothing is half-written.
    virtual Result<StoredFiling> submit(const Filing& filing) = 0;
    // Durably keeps a rating of the stored filing `localReference` for kiosk-sync to deliver;
    // a second rating of the same filing at the same moment is ignored.
    virtual Result<void> rate(const std::string& localReference, const Rating& rating) = 0;
    // Keeps the rendered receipt (PDF bytes) of a stored filing, encrypted like the filing, for
    // staff to print later: no printer is configured or printing failed. Never plaintext at rest.
    virtual Result<void> keepReceipt(const std::string& localReference, const std::string& pdf) = 0;
    // The same for the receipt of the stored supplement `clientSupplementId`.
    virtual Result<void> keepSupplementReceipt(const std::string& clientSupplementId, const std::string& pdf) = 0;
    // Durably records that the returned document `sha256` of the filing `localReference` was
    // printed for its proven owner, for kiosk-sync to tell the portal once. true the first time,
    // false when already recorded.
    virtual Result<bool> recordHandover(const std::string& localReference, const std::string& sha256) = 0;
    // Durably stores a supplement (answers and attachments only) to the filing named by
    // `reference` (local reference or mã hồ sơ) for kiosk-sync to deliver once; returns its
    // client_supplement_id. On error nothing is half-written.
    virtual Result<std::string> submitSupplement(std::string_view reference, const Filing& content) = 0;
    // "Gọi cán bộ hỗ trợ": durably keeps a call for staff from the kiosk screen named `screen`
    // ([a-z_]{1,32}; nothing about the citizen) for kiosk-sync to deliver once; returns its
    // client_call_id.
    virtual Result<std::string> callStaff(const std::string& screen) = 0;
};

}  // namespace kiosk::core

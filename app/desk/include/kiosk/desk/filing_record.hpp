#pragma once
// One filing of the commune as the desk sees it: what the portal's staff work queue says about
// it (docs/portal-api.md §4.10), already checked. It holds the applicant's name, personal data
// the desk keeps in memory only while it shows it (wipeRecords).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::desk {

// The wall time in Vietnam (+07:00) as the portal wrote it: dates are counted on it.
using LocalTime = std::chrono::local_seconds;

// How the citizen filed: alone at a kiosk, at a kiosk with staff beside them, or on paper at the
// one-stop desk. The first two reach the portal electronically (the 766 "online" channel).
enum class Channel { Kiosk, KioskAssisted, Desk };

// One step of the filing's history (events, oldest first).
struct StatusChange {
    LocalTime at;
    std::string action;    // accept, request_supplement, resume, payment_paid, approve, ...
    std::string toStatus;  // the status it left the filing in
};

struct FilingRecord {
    std::string filingId;
    std::string maHoSo;
    std::string serviceCode;
    std::string applicantName;
    std::string status;
    Channel channel = Channel::Kiosk;
    std::string assistedBy;                  // the operator who helped at the kiosk ("" for none)
    std::vector<std::string> originalsSeen;  // document slots whose original that operator saw
    std::optional<LocalTime> receivedAt;
    std::optional<LocalTime> dueAt;
    std::optional<LocalTime> returnedAt;
    bool allComponentsDigitised = false;  // HoSoCoThanhPhanSoHoa
    std::vector<StatusChange> history;
};

// refused, stopped, withdrawn, result_returned: nothing more happens to the filing.
bool isFinal(std::string_view status);
// The portal waits for the citizen: a supplement to bring or a fee to pay.
bool needsCitizen(std::string_view status);

// "2025-11-22T09:15:00+07:00" (the API's times) as the wall time it names; nullopt when the text
// is not such a time or its offset is not Vietnam's.
std::optional<LocalTime> parsePortalTime(std::string_view text);
// "2025-11-22 09:15", the way staff read a time.
std::string formatLocalTime(LocalTime time);
std::string formatLocalDate(std::chrono::sys_days day);
std::chrono::sys_days dayOf(LocalTime time);

std::string_view channelCode(Channel channel);  // "kiosk", "kiosk_assisted", "desk"
std::optional<Channel> parseChannel(std::string_view code);

// Zeroes every name and code, then empties the list.
void wipeRecords(std::vector<FilingRecord>& records);

}  // namespace kiosk::desk

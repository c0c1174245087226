#pragma once
// The whole kiosk configuration, loaded from a folder administrators edit (kiosk-config/).
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/base/working_calendar.hpp"
#include "kiosk/config/capture_settings.hpp"
#include "kiosk/forms/model.hpp"

namespace kiosk::config {

enum class Orientation { Landscape, Portrait };

struct DisplaySettings {
    bool fullscreen = true;
    int width = 1920;  // used when not full screen
    int height = 1080;
    Orientation orientation = Orientation::Landscape;
};

struct ThemeSettings {
    float fontSizePx = 42.0f;  // body text (line height) at 1080p; layout sizes follow it
    bool highContrast = false;
    float textScale = 1.0f;    // 1.0, 1.25 or 1.5
};

// How letters typed on the kiosk's keyboards become Vietnamese (app/ime does the composing).
enum class InputMethod { Telex, Vni };
enum class ToneStyle { Old, New };  // "hòa, thủy" or "hoà, thuỷ"

struct InputSettings {
    InputMethod method = InputMethod::Telex;
    ToneStyle toneStyle = ToneStyle::New;
    bool keyClick = true;  // a short click for each on-screen key or button pressed
};

struct PortalSettings {  // filled by the portal issue; parsed and kept here
    std::string url;
    std::string agencyCode;  // "mã định danh" of the receiving agency
};

// The commune's account for fees paid by VietQR (vietnam-domain.md §6.3); empty: no QR of the
// kiosk's own, only the portal's payment intents.
struct PaymentSettings {
    std::string bankBin;      // the bank's 6-digit NAPAS BIN, e.g. "970415"
    std::string account;      // 1-19 digits or upper-case letters
    std::string accountName;  // shown beside the QR so the citizen sees who is paid
};

// The CUPS queue the citizen's receipt is printed on. Empty: no printer, and the receipt screen
// does not offer printing (docs/receipt.md).
struct PrinterSettings {
    std::string name;  // as `lpstat -p` lists it, e.g. "Quay_1"
};

// The satisfaction rating after a receipt or a handed-over result (kiosk.toml [rating]).
struct RatingReason {
    std::string id;  // what the portal stores, e.g. "cho_lau"
    forms::Text label;
};

struct RatingSettings {
    std::vector<RatingReason> reasons;  // offered when the rating is 3 or less; at most 6
};

// "Lấy số thứ tự" (kiosk.toml [queue]): the desk's service groups a citizen takes a numbered
// ticket for. The number comes from the portal, shared by every kiosk of the commune; when the
// portal cannot be reached the kiosk numbers the ticket itself, under its own prefix.
struct QueueGroup {
    std::string id;  // the portal's queue, e.g. "ho-tich": 1-32 of a-z, 0-9 and '-'
    forms::Text name;
};

struct QueueSettings {
    std::string localPrefix;         // e.g. "K01": a local number reads "K01-007"
    std::vector<QueueGroup> groups;  // empty: the home screen offers no ticket
};

struct Category {
    std::string id;
    forms::Text name;
};

struct KioskSettings {
    std::string kioskId;
    std::string communeName, communeCode;
    std::string provinceName, provinceCode;
    std::vector<forms::Lang> languages;  // the first is the default
    int idleTimeoutSeconds = 120;
    int idleWarningSeconds = 30;         // at least 20 (WCAG 2.2.1)
    // Instead of the timeout while the kiosk waits on something it asked for (a bank transfer
    // for the fee, a receipt still printing): a slow payer is not sent away mid-transfer.
    int idleWaitingTimeoutSeconds = 600;
    DisplaySettings display;
    ThemeSettings theme;
    CaptureSettings capture;
    // [document_scanner]: the document slots' own device (the desk's SANE flatbed beside its card
    // reader); unset, the slots scan from [capture] as the card does.
    std::optional<CaptureSettings> documentScanner;
    InputSettings input;
    PortalSettings portal;
    PaymentSettings payment;
    PrinterSettings printer;
    RatingSettings rating;
    QueueSettings queue;
    std::vector<Category> categories;
};

// Every string the UI shows, keyed like "home.title"; one table per language.
struct Locales {
    std::map<std::string, std::string> vi, en;
    // The string for `key` in `lang`, falling back to Vietnamese, then to the key itself (so
    // the returned reference may be `key`: keep it no longer than `key`).
    const std::string& get(const std::string& key, forms::Lang lang) const;
};

struct Config {
    KioskSettings kiosk;
    std::vector<forms::Service> services;        // ordered by category, then file name
    std::vector<forms::ChoiceList> sharedChoices;  // kiosk-config/choices.toml
    forms::AdminUnits units;
    Locales locales;
    WorkingCalendar calendar;  // working-calendar.toml; weekends only without it

    // The service with file name `id` (without ".toml"), or nullptr.
    const forms::Service* findService(const std::string& id) const;
    // The list `id` of `service`, else the shared list `id`, else nullptr.
    const forms::ChoiceList* findChoices(const forms::Service& service, const std::string& id) const;
};

// One problem in the config, with enough context for an administrator to fix it.
struct ConfigError {
    std::string file;     // relative to the config folder
    int line = 0;         // 1-based; 0 when the problem is the file as a whole
    int column = 0;
    std::string keyPath;  // e.g. "pages[2].fields[0].type"
    std::string message;  // plain Vietnamese, then English
    std::string hint;     // how to fix it
    std::string code;     // stable, for tests and logs: "config.unknown_key", "config.syntax", ...
    // "services/khai-sinh.toml:12:5: pages[2].fields[0].type: <message> (<hint>)"; without a
    // line "file: ...", without a key path or hint those parts are left out.
    std::string format() const;
};

using ConfigErrors = std::vector<ConfigError>;

// Reads and checks everything under `dir`; every error found, never a half-loaded config.
Result<Config, ConfigErrors> loadConfig(const std::filesystem::path& dir);

// Reads a working-calendar file on its own (the reference portal's --working-calendar), with
// the checks and error format of the config folder; errors name the file by its file name.
Result<WorkingCalendar, ConfigErrors> loadWorkingCalendarFile(const std::filesystem::path& file);

}  // namespace kiosk::config

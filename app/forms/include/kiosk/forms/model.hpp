#pragma once
// The form model: what a service file in kiosk-config/services/ becomes after loading.
// Pure data; app/config builds it, app/forms evaluates it, app/core and app/ui read it.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::forms {

enum class Lang { Vi, En };

// A string an administrator writes in both languages; Vietnamese is required, English optional.
struct Text {
    std::string vi;
    std::string en;
    // The text in `lang`, falling back to Vietnamese when no translation was written.
    const std::string& in(Lang lang) const { return lang == Lang::En && !en.empty() ? en : vi; }
    bool empty() const { return vi.empty() && en.empty(); }
};

// Where a definition stands in the config, so errors found later can point at it.
struct SourceLocation {
    std::string file;  // relative to the config folder, e.g. "services/khai-sinh.toml"
    int line = 0;
    int column = 0;
};

class Expression;  // compiled once at load: see expression.hpp
using ExpressionPtr = std::shared_ptr<const Expression>;

enum class FieldType {
    Text,        // one line
    PersonName,  // a person's full name: letters, spaces, ' and - (text::isPersonName)
    LongText,    // several lines
    Integer,
    Money,         // whole VND
    Date,          // dd/mm/yyyy
    YesNo,         // answer "co" / "khong"
    SingleChoice,  // answer is one choice id
    MultiChoice,   // answer is choice ids separated by single spaces
    Phone,         // Vietnamese mobile number, 10 digits starting with 0
    Email,
    PersonalId,  // 12-digit số định danh cá nhân
    Address,     // sub-answers <id>.province, <id>.commune, <id>.street
    Document,    // an attachment slot; the answer is filled by the scanning step
    Passport,    // "Quét hộ chiếu": reads a passport's zone into the page's from_passport fields;
                 // the answer says how they were filled (kPassportRead, kPassportReadUnverified)
    Info,        // text shown to the citizen; no answer
    Signature,   // touch signature; the answer is a stroke list "x,y x,y;x,y ..." in 0..1 units
};

struct Choice {
    std::string id;  // ASCII id stored in answers
    Text label;
};

struct ChoiceList {
    std::string id;
    std::vector<Choice> choices;
    // The likely answers, shown as buttons on the form; the rest wait behind a search. Empty:
    // every option is a button (short lists).
    std::vector<std::string> common;
    SourceLocation where;
};

// Which identity value pre-fills a field (see prefill.hpp).
enum class PrefillKey { None, FullName, IdNumber, Dob, Sex, Address, IssueDate, IssuePlace };

// Which value of a passport's machine-readable zone fills a field (`from_passport`), on a page
// with a Passport field.
enum class PassportPart { None, Surname, GivenNames, Nationality, Dob, Sex, Number, Expiry };

// A Passport field's answer: empty until a zone is used (typed by hand); kPassportRead when every
// check digit held; kPassportReadUnverified when some did not (or the name's shape was wrong) and
// the citizen said they compared the lines with the passport.
inline constexpr const char* kPassportRead = "mrz";
inline constexpr const char* kPassportReadUnverified = "mrz_unverified";

struct Field {
    std::string id;  // unique within a service; letters, digits and '_'
    FieldType type = FieldType::Text;
    Text label;
    Text help;                       // shown under the label
    bool required = false;
    ExpressionPtr requiredIf;        // required only when true
    ExpressionPtr visibleIf;         // hidden (and not submitted) when false
    ExpressionPtr constraint;        // '.' is this field's value; false shows constraintMessage
    Text constraintMessage;
    ExpressionPtr compute;           // computed fields are shown read-only, never typed
    std::optional<double> min, max;  // Integer and Money bounds
    std::optional<size_t> minLength, maxLength;  // in characters (code points)
    std::string pattern;             // ECMAScript regex the whole answer must match
    std::string choices;             // ChoiceList id for SingleChoice / MultiChoice
    PrefillKey prefill = PrefillKey::None;
    ExpressionPtr prefillIf;         // prefill only when true, checked as the field's page opens
    PassportPart fromPassport = PassportPart::None;  // filled from the page's Passport field
    bool inWords = false;            // Date: also show the date in Vietnamese words
    std::string document;            // Document: id of the RequiredDocument it fills
    std::string pageCountField;      // Document: sibling Integer field given the pages scanned
    std::string dobField, sexField;  // PersonalId: fields its digits are checked against
    std::string defaultAnswer;       // SingleChoice / YesNo: chosen when the filing starts
    bool suggestPlaces = false;      // Text: offers commune names from admin-units as it is typed
    std::vector<std::string> suggestions;  // Text: likely answers offered under the box
    SourceLocation where;
};

// One screen of questions. A repeat page is asked `minRepeat`..`maxRepeat` times; its answers
// are stored under "<field id>#<n>" with n from 1 (see answerKey in answers.hpp).
struct Page {
    std::string id;
    Text title;
    Text help;
    ExpressionPtr visibleIf;
    std::vector<Field> fields;
    bool repeat = false;
    int minRepeat = 1;
    int maxRepeat = 1;
    Text addLabel;  // "Thêm một bản sao"
    SourceLocation where;
};

// A pre-question routes the citizen to the right variant of a procedure before the form starts.
struct Route {
    ExpressionPtr when;   // over the pre-question answers
    std::string service;  // id of the service to continue with
    Text reason;          // shown when routing, e.g. why the combined procedure fits
    SourceLocation where;
};

enum class Delivery { ToanTrinh, MotPhan };

// How the citizen may receive the result of a filing (kiosk-config service file,
// [result_delivery]); the citizen chooses one on the check-answers page.
enum class ResultDelivery { Desk, Post, Electronic };

struct ResultDeliveryOptions {
    bool desk = true;         // at the commune's desk (bộ phận một cửa)
    bool post = false;        // by public post (bưu chính công ích), for postFeeVnd
    bool electronic = false;  // an electronic copy, printable at the kiosk when returned
    long long postFeeVnd = 0;
    bool allows(ResultDelivery way) const {
        return way == ResultDelivery::Desk ? desk : way == ResultDelivery::Post ? post : electronic;
    }
    // More than one way: the check-answers page asks.
    bool offersChoice() const { return (desk ? 1 : 0) + (post ? 1 : 0) + (electronic ? 1 : 0) > 1; }
    // What the citizen starts with: the desk when allowed (the elderly-first default).
    ResultDelivery defaultWay() const {
        return desk ? ResultDelivery::Desk : post ? ResultDelivery::Post : ResultDelivery::Electronic;
    }
};

struct RequiredDocument {
    std::string id;
    Text name;
    Text note;          // e.g. "Bản chính để đối chiếu"
    bool required = true;
    bool scan = false;  // must be scanned or photographed at the kiosk
};

struct Fee {
    ExpressionPtr amount;  // VND over the answers; absent means free
    Text description;      // the rule in words, shown on the service page
};

struct Service {
    std::string id;        // the file name without ".toml"
    std::string code;      // national procedure code, e.g. "1.001193"
    Text name;
    Text summary;          // one line under the name in the catalogue: what it is for, how it differs
    std::string category;  // id of a category in kiosk.toml
    Text agency;           // who decides
    Text legalBasis;
    Text timeLimit;
    std::optional<int> dueWorkingDays;  // the time limit in working days, for the receipt's date
    Delivery delivery = Delivery::ToanTrinh;
    Text inPersonNote;     // for "một phần": what must be done at the desk and by whom
    Fee fee;
    ResultDeliveryOptions resultDelivery;
    std::vector<RequiredDocument> documents;
    std::vector<ChoiceList> choiceLists;  // local lists; shared lists live in Config
    std::vector<Field> preQuestions;
    std::vector<Route> routes;
    std::vector<Page> pages;
    SourceLocation where;
};

// Administrative units after the 2025 reform: province -> communes (no districts).
struct Commune {
    std::string code;
    std::string name;  // with its kind: "Xã Hòa Phú", "Phường Tân Lập"
};

struct Province {
    std::string code;
    std::string name;
    std::vector<Commune> communes;
};

struct AdminUnits {
    std::vector<Province> provinces;
    const Province* findProvince(const std::string& code) const {
        for (const auto& p : provinces) if (p.code == code) return &p;
        return nullptr;
    }
};

}  // namespace kiosk::forms

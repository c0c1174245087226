#include "validation_fields.hpp"

#include <algorithm>
#include <charconv>

#include "kiosk/base/text.hpp"
#include "kiosk/forms/personal_id.hpp"
#include "kiosk/forms/values.hpp"
#include "validation_messages.hpp"

namespace kiosk::forms::detail {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// "dd/mm/yyyy"-shaped text, so a date that is merely impossible gets its own message.
bool looksLikeDate(std::string_view s) {
    size_t i = 0;
    for (const size_t maxDigits : {size_t{2}, size_t{2}, size_t{4}}) {
        const size_t start = i;
        while (i < s.size() && isDigit(s[i])) ++i;
        if (i == start || i - start > maxDigits) return false;
        if (maxDigits == 4) return i == s.size() && i - start == 4;
        if (i >= s.size() || s[i] != '/') return false;
        ++i;
    }
    return false;
}

bool isEmail(std::string_view s) {
    if (s.size() > 254) return false;
    const size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const std::string_view domain = s.substr(at + 1);
    if (domain.empty() || domain.front() == '.' || domain.back() == '.' ||
        domain.find('.') == std::string_view::npos || domain.find("..") != std::string_view::npos) {
        return false;
    }
    return std::none_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';';
    });
}

// Strokes "x,y x,y;x,y ..." with every coordinate a number from 0 to 1.
bool isSignature(std::string_view s) {
    size_t points = 0;
    size_t i = 0;
    while (i < s.size()) {
        const size_t end = std::min(s.find_first_of(" ;", i), s.size());
        const std::string_view point = s.substr(i, end - i);
        i = end + 1;
        if (point.empty()) continue;
        const size_t comma = point.find(',');
        if (comma == std::string_view::npos) return false;
        for (const std::string_view part : {point.substr(0, comma), point.substr(comma + 1)}) {
            double v = -1;
            const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
            if (ec != std::errc() || ptr != part.data() + part.size() || v < 0 || v > 1) {
                return false;
            }
        }
        ++points;
    }
    return points > 0;
}

const std::string& answerAt(const Answers& answers, const std::string& key) {
    static const std::string none;
    const auto it = answers.find(key);
    return it == answers.end() ? none : it->second;
}

const Choice* findChoice(const ChoiceList* list, std::string_view id) {
    if (list == nullptr) return nullptr;
    for (const auto& choice : list->choices) {
        if (choice.id == id) return &choice;
    }
    return nullptr;
}

std::optional<Sex> sexOf(const FieldScope& scope, const std::string& sexFieldId) {
    if (sexFieldId.empty()) return std::nullopt;
    const std::string& answer = answerAt(scope.answers, scope.keyOf(sexFieldId));
    if (answer.empty()) return std::nullopt;
    if (const auto sex = parseSex(answer)) return sex;
    // A choice list may use ids like "1"/"2": its Vietnamese label says which.
    const Field* sexField = scope.schema.field(sexFieldId);
    if (sexField == nullptr) return std::nullopt;
    const Choice* choice = findChoice(findChoiceList(scope.ctx, sexField->choices), answer);
    return choice != nullptr ? parseSex(choice->label.vi) : std::nullopt;
}

std::optional<Text> checkPersonalIdAnswer(const FieldScope& scope, const Field& field,
                                          const std::string& value) {
    std::optional<Date> dob;
    if (!field.dobField.empty()) dob = parseDate(answerAt(scope.answers, scope.keyOf(field.dobField)));
    switch (checkPersonalId(withoutSpaces(value), dob, sexOf(scope, field.sexField))) {
        case PersonalIdCheck::Ok: return std::nullopt;
        case PersonalIdCheck::NotTwelveDigits: return messages::personalIdFormat();
        case PersonalIdCheck::BirthYearMismatch: return messages::personalIdBirthYear();
        case PersonalIdCheck::SexMismatch: return messages::personalIdSex();
    }
    return messages::personalIdFormat();
}

std::optional<Text> checkMultiChoice(const FieldScope& scope, const Field& field,
                                     const std::string& value) {
    const ChoiceList* list = findChoiceList(scope.ctx, field.choices);
    std::vector<std::string_view> seen;
    size_t i = 0;
    while (i < value.size()) {
        const size_t end = std::min(value.find(' ', i), value.size());
        const std::string_view id = std::string_view(value).substr(i, end - i);
        i = end + 1;
        if (id.empty()) continue;
        if (findChoice(list, id) == nullptr ||
            std::find(seen.begin(), seen.end(), id) != seen.end()) {
            return messages::multiChoice();
        }
        seen.push_back(id);
    }
    if (seen.empty()) return messages::multiChoice();
    return std::nullopt;
}

}  // namespace

std::string FieldScope::keyOf(const std::string& fieldId) const {
    const Page* page = schema.pageOf(fieldId);
    if (repeatIndex > 0 && page != nullptr && page->repeat) return answerKey(fieldId, repeatIndex);
    return fieldId;
}

const ChoiceList* findChoiceList(const ValidationContext& ctx, const std::string& id) {
    for (const auto& list : ctx.service.choiceLists) {
        if (list.id == id) return &list;
    }
    if (ctx.sharedChoices != nullptr) {
        for (const auto& list : *ctx.sharedChoices) {
            if (list.id == id) return &list;
        }
    }
    return nullptr;
}

std::optional<Text> checkFormat(const FieldScope& scope, const Field& field,
                                const std::string& value) {
    switch (field.type) {
        case FieldType::Integer:
            if (!parseInteger(value)) return messages::integerFormat();
            return std::nullopt;
        case FieldType::Money: {
            const auto amount = parseInteger(value);
            if (!amount || *amount < 0) return messages::moneyFormat();
            return std::nullopt;
        }
        case FieldType::Date:
            if (parseDate(value)) return std::nullopt;
            return looksLikeDate(withoutSpaces(value)) ? messages::dateImpossible()
                                                       : messages::dateFormat();
        case FieldType::YesNo:
            if (value == "co" || value == "khong") return std::nullopt;
            return messages::yesNo();
        case FieldType::SingleChoice:
            if (findChoice(findChoiceList(scope.ctx, field.choices), value)) return std::nullopt;
            return messages::singleChoice();
        case FieldType::MultiChoice: return checkMultiChoice(scope, field, value);
        case FieldType::Phone: {
            std::string digits = phoneDigits(value);
            if (digits.size() != 10) return messages::phoneFormat();
            if (!isMobileNumber(digits)) return messages::phonePrefix();
            return std::nullopt;
        }
        case FieldType::Email:
            if (isEmail(value)) return std::nullopt;
            return messages::email();
        case FieldType::PersonName:
            if (text::isPersonName(value)) return std::nullopt;
            return messages::personName();
        case FieldType::PersonalId: return checkPersonalIdAnswer(scope, field, value);
        case FieldType::Signature:
            if (isSignature(value)) return std::nullopt;
            return messages::signatureUnreadable();
        case FieldType::Passport:
            if (value == kPassportRead || value == kPassportReadUnverified) return std::nullopt;
            return messages::unreadable();
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Address:
        case FieldType::Document:
        case FieldType::Info: break;
    }
    return std::nullopt;
}

void checkAddress(const FieldScope& scope, const Field& field, const std::string& key,
                  bool required, std::vector<FieldError>& out) {
    const std::string provinceKey = key + ".province", communeKey = key + ".commune",
                      streetKey = key + ".street";
    const std::string& province = answerAt(scope.answers, provinceKey);
    const std::string& commune = answerAt(scope.answers, communeKey);
    const std::string& street = answerAt(scope.answers, streetKey);
    // A started address must be finished, even when the question is optional.
    if (!required && province.empty() && commune.empty() && street.empty()) return;
    auto report = [&](const std::string& partKey, Text message) {
        out.push_back(FieldError{partKey, field.id, std::move(message)});
    };
    const Province* found = scope.ctx.units.findProvince(province);
    if (province.empty()) report(provinceKey, messages::provinceRequired());
    else if (found == nullptr) report(provinceKey, messages::provinceUnknown());
    if (commune.empty()) {
        report(communeKey, messages::communeRequired());
    } else if (found != nullptr &&
               std::none_of(found->communes.begin(), found->communes.end(),
                            [&](const Commune& c) { return c.code == commune; })) {
        report(communeKey, messages::communeNotInProvince());
    }
    if (street.empty()) {
        report(streetKey, messages::streetRequired());
    } else if (!text::isValidUtf8(street)) {
        report(streetKey, messages::unreadable());
    } else if (field.maxLength && text::codepointCount(street) > *field.maxLength) {
        report(streetKey, messages::tooLong(*field.maxLength, text::codepointCount(street)));
    }
}

std::string canonicalAnswer(const Field& field, const std::string& value) {
    switch (field.type) {
        case FieldType::Date:
            if (const auto d = parseDate(value)) return formatDate(*d);
            break;
        case FieldType::Integer:
        case FieldType::Money:
            if (const auto n = parseInteger(value)) return std::to_string(*n);
            break;
        case FieldType::Phone: {
            std::string digits = phoneDigits(value);
            if (isMobileNumber(digits)) return digits;
            break;
        }
        case FieldType::PersonalId: return withoutSpaces(value);
        default: break;
    }
    return value;
}

}  // namespace kiosk::forms::detail

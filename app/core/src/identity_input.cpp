#include "kiosk/core/identity_input.hpp"

#include <string>
#include <utility>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/forms/values.hpp"

namespace kiosk::core {
namespace {

const scanners::IdentityField& fieldOf(const scanners::Identity& identity, IdentityPart part) {
    switch (part) {
        case IdentityPart::FullName: return identity.fullName;
        case IdentityPart::IdNumber: return identity.idNumber;
        case IdentityPart::Dob: return identity.dob;
        case IdentityPart::Sex: return identity.sex;
        case IdentityPart::Address: return identity.address;
        case IdentityPart::IssueDate: return identity.issueDate;
    }
    return identity.fullName;
}

scanners::IdentityField& fieldOf(scanners::Identity& identity, IdentityPart part) {
    return const_cast<scanners::IdentityField&>(fieldOf(std::as_const(identity), part));
}

const std::string& inputOf(const forms::Answers& input, IdentityPart part) {
    static const std::string empty;
    const auto it = input.find(std::string(identityKey(part)));
    return it == input.end() ? empty : it->second;
}

bool isPastDay(std::string_view text, std::chrono::year_month_day today) {
    const auto date = forms::parseDate(text);
    return date && std::chrono::sys_days(*date) <= std::chrono::sys_days(today);
}

std::string cardTypeValue(scanners::CardType type) {
    switch (type) {
        case scanners::CardType::Cccd2021: return kCardCccd2021;
        case scanners::CardType::CanCuoc2024: return kCardCanCuoc2024;
        case scanners::CardType::Unknown: break;
    }
    return {};
}

scanners::CardType cardTypeOf(const std::string& value) {
    if (value == kCardCccd2021) return scanners::CardType::Cccd2021;
    if (value == kCardCanCuoc2024) return scanners::CardType::CanCuoc2024;
    return scanners::CardType::Unknown;
}

bool isIdNumber(std::string_view text) {
    const std::string digits = forms::withoutSpaces(text);
    if (digits.size() != 12) return false;
    for (char c : digits) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

}  // namespace

std::string_view identityKey(IdentityPart part) {
    switch (part) {
        case IdentityPart::FullName: return "full_name";
        case IdentityPart::IdNumber: return "id_number";
        case IdentityPart::Dob: return "dob";
        case IdentityPart::Sex: return "sex";
        case IdentityPart::Address: return "address";
        case IdentityPart::IssueDate: return "issue_date";
    }
    return {};
}

std::vector<forms::FieldError> validateIdentityInput(const config::Config& config,
                                                     const forms::Answers& input,
                                                     std::chrono::year_month_day today) {
    std::vector<forms::FieldError> errors;
    auto report = [&](IdentityPart part, forms::Text message) {
        const std::string key(identityKey(part));
        errors.push_back(forms::FieldError{key, key, std::move(message)});
    };
    const std::string& name = inputOf(input, IdentityPart::FullName);
    if (name.empty()) {
        report(IdentityPart::FullName, localText(config, "identity.error.full_name"));
    } else if (!text::isPersonName(name)) {
        report(IdentityPart::FullName, localText(config, "identity.error.full_name_letters"));
    }
    const std::string& id = inputOf(input, IdentityPart::IdNumber);
    if (id.empty()) {
        report(IdentityPart::IdNumber, localText(config, "identity.error.id_number_missing"));
    } else if (!isIdNumber(id)) {
        report(IdentityPart::IdNumber, localText(config, "identity.error.id_number_format"));
    }
    const std::string& dob = inputOf(input, IdentityPart::Dob);
    if (!dob.empty() && !isPastDay(dob, today)) {
        report(IdentityPart::Dob, localText(config, "identity.error.date"));
    }
    const std::string& issued = inputOf(input, IdentityPart::IssueDate);
    if (!issued.empty() && !isPastDay(issued, today)) {
        report(IdentityPart::IssueDate, localText(config, "identity.error.date"));
    }
    return errors;
}

void fillIdentityInput(const scanners::Identity& identity, forms::Answers& input) {
    secureWipe(input);
    for (IdentityPart part : kIdentityParts) {
        forms::setAnswer(input, std::string(identityKey(part)), fieldOf(identity, part).value);
    }
    forms::setAnswer(input, kCardTypeKey, cardTypeValue(identity.cardType));
}

bool updateIdentityFromInput(const forms::Answers& input, scanners::Identity& identity) {
    const auto card = input.find(kCardTypeKey);
    const scanners::CardType cardType =
        card == input.end() ? scanners::CardType::Unknown : cardTypeOf(card->second);
    bool changed = cardType != identity.cardType;
    identity.cardType = cardType;
    for (IdentityPart part : kIdentityParts) {
        std::string value = inputOf(input, part);
        if (part == IdentityPart::IdNumber) value = forms::withoutSpaces(value);
        if (part == IdentityPart::Dob || part == IdentityPart::IssueDate) {
            if (const auto date = forms::parseDate(value)) value = forms::formatDate(*date);
        }
        scanners::IdentityField& field = fieldOf(identity, part);
        if (field.value == value) {
            secureWipe(value);
            continue;
        }
        changed = true;
        secureWipe(field.value);
        field.value = std::move(value);
        field.source = field.value.empty() ? scanners::FieldSource::None
                                           : scanners::FieldSource::Typed;
        field.confidence = field.value.empty() ? 0.0f : 1.0f;
    }
    return changed;
}

}  // namespace kiosk::core

#include "kiosk/core/passport.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

using forms::PassportPart;

bool failed(const scanners::TravelDocument& document, std::string_view field) {
    const auto fails = document.failedChecks();
    return std::find(fails.begin(), fails.end(), field) != fails.end();
}

std::string dateText(const std::optional<scanners::Date>& date) {
    return date ? scanners::formatDate(*date) : std::string();
}

}  // namespace

std::string nationalityText(std::string_view code) {
    const std::string_view name = countryName(code, forms::Lang::Vi);
    return std::string(name.empty() ? code : name);
}

std::string passportValue(const scanners::TravelDocument& document, PassportPart part) {
    switch (part) {
        case PassportPart::Surname: return document.surname;
        case PassportPart::GivenNames: return document.givenNames;
        case PassportPart::Nationality: return nationalityText(document.nationality);
        case PassportPart::Dob: return dateText(document.birthDate);
        case PassportPart::Expiry: return dateText(document.expiryDate);
        case PassportPart::Number: return document.number;
        case PassportPart::Sex:
            return document.sex == scanners::Sex::Male ? "nam" : document.sex == scanners::Sex::Female ? "nu" : "";
        case PassportPart::None: break;
    }
    return {};
}

std::vector<PassportPart> partsToCheck(const scanners::TravelDocument& document) {
    std::vector<PassportPart> parts;
    if (document.nameUncertain) parts.insert(parts.end(), {PassportPart::Surname, PassportPart::GivenNames});
    if (failed(document, "document_number")) parts.push_back(PassportPart::Number);
    if (failed(document, "dob")) parts.push_back(PassportPart::Dob);
    if (failed(document, "expiry")) parts.push_back(PassportPart::Expiry);
    return parts;
}

bool passportNeedsCheck(const scanners::TravelDocument& document) {
    return document.nameUncertain || !document.checksValid();
}

void applyPassport(const forms::Page& page, const std::string& slotId, const scanners::TravelDocument& document,
                   forms::Answers& answers) {
    for (const auto& field : page.fields) {
        if (field.fromPassport == PassportPart::None) continue;
        forms::setAnswer(answers, field.id, passportValue(document, field.fromPassport));
    }
    forms::setAnswer(answers, slotId,
                     passportNeedsCheck(document) ? forms::kPassportReadUnverified : forms::kPassportRead);
}

}  // namespace kiosk::core

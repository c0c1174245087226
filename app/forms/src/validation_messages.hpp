#pragma once
// The words citizens read when an answer is not accepted: plain Vietnamese, then English, each
// saying what is expected rather than what went wrong (GOV.UK error message style).
#include <cstddef>
#include <optional>

#include "kiosk/forms/model.hpp"

namespace kiosk::forms::messages {

Text required(FieldType type);
Text unreadable();  // invalid UTF-8
Text integerFormat();
Text moneyFormat();
// Bounds for integer and money answers; either bound may be absent.
Text numberRange(FieldType type, std::optional<double> min, std::optional<double> max);
Text dateFormat();
Text dateImpossible();
Text yesNo();
Text singleChoice();
Text multiChoice();
Text phoneFormat();
Text phonePrefix();
Text email();
Text personName();
Text personalIdFormat();
Text personalIdBirthYear();
Text personalIdSex();
Text provinceRequired();
Text provinceUnknown();
Text communeRequired();
Text communeNotInProvince();
Text streetRequired();
Text signatureUnreadable();
Text tooShort(size_t min);
Text tooLong(size_t max, size_t actual);
Text pattern();
Text constraintDefault();

}  // namespace kiosk::forms::messages

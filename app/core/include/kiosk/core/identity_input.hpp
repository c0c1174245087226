#pragma once
// The identity step ("Nhập thông tin người nộp"): the boxes a citizen types into, and how they
// become a scanners::Identity. A scanner fills the same boxes (act::ApplyIdentity), so scanning
// and typing meet here and the rest of the flow never knows which happened.
#include <array>
#include <chrono>
#include <string_view>
#include <vector>

#include "kiosk/config/config.hpp"
#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/validation.hpp"
#include "scanners/identity.hpp"

namespace kiosk::core {

enum class IdentityPart { FullName, IdNumber, Dob, Sex, Address, IssueDate };

inline constexpr std::array<IdentityPart, 6> kIdentityParts = {
    IdentityPart::FullName, IdentityPart::IdNumber, IdentityPart::Dob,
    IdentityPart::Sex,      IdentityPart::Address,  IdentityPart::IssueDate};

// Which card it is decides the place of issue printed on forms (scanners::issuePlaceFor), so
// the citizen chooses the card instead of typing a long agency name. Stored under this key as
// one of the two values below.
inline constexpr const char* kCardTypeKey = "card_type";
inline constexpr const char* kCardCccd2021 = "cccd_2021";
inline constexpr const char* kCardCanCuoc2024 = "can_cuoc_2024";

// The key a part is stored under in Session::identityInput: "full_name", "id_number", ...
std::string_view identityKey(IdentityPart part);

// What the citizen typed, checked: name and ID number are needed, dates must be real days in
// the past. Messages come from the locales ("identity.error.*").
std::vector<forms::FieldError> validateIdentityInput(const config::Config& config,
                                                     const forms::Answers& input,
                                                     std::chrono::year_month_day today);

// Copies an identity's values into the boxes (replacing what was there).
void fillIdentityInput(const scanners::Identity& identity, forms::Answers& input);

// Updates `identity` from the boxes: a changed value becomes FieldSource::Typed, an unchanged
// one keeps its source (QR, MRZ, OCR) and confidence. Returns whether anything changed.
bool updateIdentityFromInput(const forms::Answers& input, scanners::Identity& identity);

}  // namespace kiosk::core

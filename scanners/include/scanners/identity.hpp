#pragma once
// The identity read from a card: the value type the scanners library hands to the kiosk.
// Field names follow the `kiosk-scan` JSON keys (issue "Read Vietnamese ID cards").
#include <map>
#include <string>
#include <vector>

namespace scanners {

enum class FieldSource { None, Qr, Mrz, Ocr, Typed };

struct IdentityField {
    std::string value;       // NFC UTF-8; dates as dd/mm/yyyy; sex as "Nam"/"Nữ"
    FieldSource source = FieldSource::None;
    float confidence = 0.0f;  // 0..1
};

// expiryDate's value for a card that never expires (MRZ 991231, printed "Không thời hạn").
inline constexpr const char* kNoExpiry = "Không thời hạn";

enum class CardType { Unknown, Cccd2021, CanCuoc2024 };

struct Identity {
    IdentityField idNumber, oldId, fullName, dob, sex, nationality, address, issueDate,
        expiryDate;
    CardType cardType = CardType::Unknown;
    std::vector<std::string> warnings;  // plain Vietnamese, no personal data
};

// The place of issue printed on forms, which depends on the card generation.
inline std::string issuePlaceFor(CardType type) {
    switch (type) {
        case CardType::Cccd2021: return "Cục Cảnh sát quản lý hành chính về trật tự xã hội";
        case CardType::CanCuoc2024: return "Bộ Công an";
        case CardType::Unknown: break;
    }
    return {};
}

}  // namespace scanners

#pragma once
// The text inside the CCCD QR code: id|old_id|name|ddmmyyyy|sex|address|issue ddmmyyyy.
// Tolerant of what real scanners and decoders hand over (BOM, CR/LF, spaces, dd/mm/yyyy,
// an empty old ID, extra trailing fields), strict about what the fields must mean.
#include <optional>
#include <string>
#include <string_view>

#include "scanners/civil.hpp"
#include "scanners/result.hpp"

namespace scanners {

struct QrPayload {
    std::string idNumber;  // 12 digits
    std::string oldId;     // 9 or 12 digits, or empty when the card has none
    std::string fullName;  // NFC, single spaces
    Date dob;
    Sex sex = Sex::Unknown;  // always Male or Female in a parsed payload
    std::string address;     // NFC, single spaces; may be empty
    std::optional<Date> issueDate;
    size_t extraFields = 0;  // trailing fields beyond the seven we know
};

// Parses a decoded QR text. Error codes: "qr.not_utf8", "qr.not_cccd" (too few fields or no
// 12-digit number in front), "qr.bad_old_id", "qr.bad_name", "qr.bad_dob", "qr.bad_sex",
// "qr.bad_address", "qr.bad_issue_date". Messages are Vietnamese and never quote the payload.
Result<QrPayload> parseQrPayload(std::string_view text);

}  // namespace scanners

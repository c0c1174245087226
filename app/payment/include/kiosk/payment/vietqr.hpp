#pragma once
// VietQR: the NAPAS profile of the EMVCo merchant-presented QR that Vietnamese bank apps scan
// to pay a transfer (vietnam-domain.md §6.3). Pure functions; no I/O.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/payment/tlv.hpp"

namespace kiosk::payment {

inline constexpr std::string_view kNapasGuid = "A000000727";
inline constexpr std::string_view kServiceToAccount = "QRIBFTTA";  // transfer to an account
inline constexpr std::string_view kCurrencyVnd = "704";
inline constexpr std::size_t kMaxPurposeLength = 25;

struct VietQrRequest {
    std::string bankBin;  // the beneficiary bank's 6-digit NAPAS BIN, e.g. "970415"
    std::string account;  // beneficiary account: 1-19 digits or upper-case letters
    std::string amount;   // whole VND as digits, e.g. "120000"; empty: static QR, payer types it
    std::string purpose;  // 62/08, usually the filing code; marks are stripped, at most 25 chars
};

// The payload string to encode in the QR, CRC included; an error names the field that is wrong.
Result<std::string> buildVietQr(const VietQrRequest& request);

struct VietQrPayload {
    bool dynamic = false;         // 01 = "12": one payment with a fixed amount
    std::string guid;             // 38/00
    std::string bankBin;          // 38/01/00
    std::string account;          // 38/01/01
    std::string serviceCode;      // 38/02
    std::string currency;         // 53
    std::string amount;           // 54, empty when absent
    std::string country;          // 58
    std::string purpose;          // 62/08, empty when absent
    std::string crc;              // 63, as written
    std::vector<DataObject> objects;  // every top-level object, in order
};

// Decodes a VietQR payload and checks its structure and CRC (for tests and for checking a QR).
Result<VietQrPayload> parseVietQr(std::string_view payload);

}  // namespace kiosk::payment

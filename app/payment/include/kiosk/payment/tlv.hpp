#pragma once
// EMVCo QR data objects: two-digit id, two-digit length, value; and the CRC that closes them.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::payment {

struct DataObject {
    std::string id;     // "00".."99"
    std::string value;  // at most 99 bytes
};

// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) of `data`.
std::uint16_t crc16CcittFalse(std::string_view data);

// The CRC as EMVCo prints it: four upper-case hex digits.
std::string crcHex(std::uint16_t crc);

// Appends one data object to `out`; an error when `id` is not two digits or `value` is over 99 bytes.
Result<void> appendObject(std::string& out, std::string_view id, std::string_view value);

// Splits `text` into its data objects, in order; an error names the byte offset that is wrong.
Result<std::vector<DataObject>> parseObjects(std::string_view text);

}  // namespace kiosk::payment

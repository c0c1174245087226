#include "kiosk/payment/tlv.hpp"

#include "kiosk/base/hex.hpp"

namespace kiosk::payment {
namespace {

bool isTwoDigits(std::string_view s) {
    return s.size() == 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9';
}

Error malformed(size_t offset, const char* what) {
    return Error{"vietqr.malformed",
                 std::string("Mã QR không đúng cấu trúc EMVCo: ") + what +
                     " (QR payload is not well-formed EMVCo)",
                 "byte " + std::to_string(offset)};
}

}  // namespace

std::uint16_t crc16CcittFalse(std::string_view data) {
    std::uint16_t crc = 0xFFFF;
    for (const char c : data) {
        crc = static_cast<std::uint16_t>(crc ^ (static_cast<unsigned char>(c) << 8));
        for (int bit = 0; bit < 8; ++bit) {
            const bool top = (crc & 0x8000) != 0;
            crc = static_cast<std::uint16_t>(crc << 1);
            if (top) crc = static_cast<std::uint16_t>(crc ^ 0x1021);
        }
    }
    return crc;
}

std::string crcHex(std::uint16_t crc) {
    std::string out;
    appendHex(out, static_cast<unsigned char>(crc >> 8), HexCase::Upper);
    appendHex(out, static_cast<unsigned char>(crc & 0xFF), HexCase::Upper);
    return out;
}

Result<void> appendObject(std::string& out, std::string_view id, std::string_view value) {
    if (!isTwoDigits(id)) {
        return Error{"vietqr.bad_id", "Mã trường QR phải gồm 2 chữ số (QR field id must be 2 digits)",
                     std::string(id)};
    }
    if (value.empty() || value.size() > 99) {
        return Error{"vietqr.bad_length",
                     "Giá trị trường QR phải dài từ 1 đến 99 byte (QR field value must be 1-99 bytes)",
                     std::string(id)};
    }
    out += id;
    out += static_cast<char>('0' + value.size() / 10);
    out += static_cast<char>('0' + value.size() % 10);
    out += value;
    return {};
}

Result<std::vector<DataObject>> parseObjects(std::string_view text) {
    std::vector<DataObject> objects;
    size_t pos = 0;
    while (pos < text.size()) {
        if (text.size() - pos < 4) return malformed(pos, "thiếu phần đầu trường");
        const auto id = text.substr(pos, 2);
        const auto len = text.substr(pos + 2, 2);
        if (!isTwoDigits(id) || !isTwoDigits(len)) return malformed(pos, "mã hoặc độ dài không phải số");
        const size_t length = static_cast<size_t>(len[0] - '0') * 10 + static_cast<size_t>(len[1] - '0');
        if (length == 0) return malformed(pos, "trường rỗng");
        if (text.size() - pos - 4 < length) return malformed(pos, "trường dài hơn phần còn lại");
        objects.push_back({std::string(id), std::string(text.substr(pos + 4, length))});
        pos += 4 + length;
    }
    return objects;
}

}  // namespace kiosk::payment

#include "scanners/qr_payload.hpp"

#include <vector>

#include "scanners/unicode.hpp"

namespace scanners {
namespace {

constexpr size_t kKnownFields = 7;

std::vector<std::string_view> splitFields(std::string_view text) {
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
        const size_t bar = text.find('|', start);
        fields.push_back(unicode::trim(text.substr(start, bar - start)));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return fields;
}

bool allDigits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// A name is letters, spaces and the odd apostrophe or hyphen; anything else (digits, control
// characters) means the payload is not what it claims to be.
bool plausibleName(std::string_view name) {
    if (name.empty()) return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || c == ' ' || c == '\'' || c == '-' || c == '.') continue;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) continue;
        return false;
    }
    return true;
}

bool hasControlCharacters(std::string_view s) {
    for (char c : s) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
    }
    return false;
}

Error fieldError(const char* code, const char* message, const char* where) {
    return Error{code, message, where};
}

}  // namespace

Result<QrPayload> parseQrPayload(std::string_view text) {
    const auto nfc = unicode::toNfc(unicode::trim(unicode::stripBom(unicode::trim(text))));
    if (!nfc) return fieldError("qr.not_utf8", "Mã QR không phải văn bản UTF-8 hợp lệ.", "qr");
    const auto fields = splitFields(*nfc);
    if (fields.size() < kKnownFields || fields[0].size() != 12 || !allDigits(fields[0])) {
        return fieldError("qr.not_cccd", "Mã QR này không phải mã QR trên căn cước.", "qr");
    }
    QrPayload payload;
    payload.idNumber = std::string(fields[0]);
    payload.extraFields = fields.size() - kKnownFields;

    const auto oldId = fields[1];
    if (!oldId.empty() && !((oldId.size() == 9 || oldId.size() == 12) && allDigits(oldId))) {
        return fieldError("qr.bad_old_id", "Số CMND cũ trong mã QR không hợp lệ.", "old_id");
    }
    payload.oldId = std::string(oldId);

    payload.fullName = unicode::collapseSpaces(fields[2]);
    if (!plausibleName(payload.fullName)) {
        return fieldError("qr.bad_name", "Họ tên trong mã QR không hợp lệ.", "full_name");
    }
    const auto dob = parseDate(fields[3]);
    if (!dob) return fieldError("qr.bad_dob", "Ngày sinh trong mã QR không hợp lệ.", "dob");
    payload.dob = *dob;

    payload.sex = parseSex(fields[4]);
    if (payload.sex == Sex::Unknown) {
        return fieldError("qr.bad_sex", "Giới tính trong mã QR không hợp lệ.", "sex");
    }
    payload.address = unicode::collapseSpaces(fields[5]);
    if (hasControlCharacters(payload.address)) {
        return fieldError("qr.bad_address", "Địa chỉ trong mã QR không hợp lệ.", "address");
    }

    if (!fields[6].empty()) {
        const auto issued = parseDate(fields[6]);
        if (!issued) {
            return fieldError("qr.bad_issue_date", "Ngày cấp trong mã QR không hợp lệ.",
                              "issue_date");
        }
        payload.issueDate = *issued;
    }
    return payload;
}

}  // namespace scanners

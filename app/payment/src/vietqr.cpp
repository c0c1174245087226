#include "kiosk/payment/vietqr.hpp"

#include <algorithm>

#include "kiosk/payment/transfer_text.hpp"

namespace kiosk::payment {
namespace {

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Error invalid(const char* code, std::string message, const char* where) {
    return Error{code, std::move(message), where};
}

Result<void> checkRequest(const VietQrRequest& r) {
    if (r.bankBin.size() != 6 || !allDigits(r.bankBin)) {
        return invalid("vietqr.bad_bin", "Mã ngân hàng (BIN) phải gồm đúng 6 chữ số (bank BIN must be 6 digits)",
                       "38/01/00");
    }
    const bool accountOk = !r.account.empty() && r.account.size() <= 19 &&
                           std::all_of(r.account.begin(), r.account.end(), [](char c) {
                               return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
                           });
    if (!accountOk) {
        return invalid("vietqr.bad_account",
                       "Số tài khoản phải gồm 1 đến 19 chữ số hoặc chữ in hoa "
                       "(account must be 1-19 digits or capital letters)",
                       "38/01/01");
    }
    if (!r.amount.empty()) {
        if (!allDigits(r.amount)) {
            return invalid("vietqr.bad_amount",
                           "Số tiền chỉ được gồm chữ số, tính bằng đồng (amount must be whole VND digits)", "54");
        }
        if (r.amount[0] == '0' || r.amount.size() > 13) {
            return invalid("vietqr.bad_amount",
                           "Số tiền phải lớn hơn 0, không có số 0 ở đầu, tối đa 13 chữ số "
                           "(amount must be positive, no leading zero, at most 13 digits)",
                           "54");
        }
    }
    return {};
}

std::string objectText(std::string_view id, std::string_view value) {
    std::string out;
    appendObject(out, id, value);
    return out;
}

Error notVietQr(const char* what, const char* where) {
    return Error{"vietqr.not_vietqr", std::string("Mã QR không phải VietQR hợp lệ: ") + what + " (not a valid VietQR)",
                 where};
}

const std::string* find(const std::vector<DataObject>& objects, std::string_view id) {
    for (const auto& o : objects) {
        if (o.id == id) return &o.value;
    }
    return nullptr;
}

Result<void> decodeAccountInfo(const std::string& value, VietQrPayload& out) {
    auto inner = parseObjects(value);
    if (!inner) return inner.error();
    const auto* guid = find(*inner, "00");
    const auto* beneficiary = find(*inner, "01");
    const auto* service = find(*inner, "02");
    if (guid == nullptr || beneficiary == nullptr) return notVietQr("thiếu GUID hoặc tài khoản", "38");
    auto bank = parseObjects(*beneficiary);
    if (!bank) return bank.error();
    const auto* bin = find(*bank, "00");
    const auto* account = find(*bank, "01");
    if (bin == nullptr || account == nullptr) return notVietQr("thiếu BIN hoặc số tài khoản", "38/01");
    out.guid = *guid;
    out.bankBin = *bin;
    out.account = *account;
    if (service != nullptr) out.serviceCode = *service;
    return {};
}

}  // namespace

Result<std::string> buildVietQr(const VietQrRequest& request) {
    if (auto ok = checkRequest(request); !ok) return ok.error();
    auto purpose = toTransferText(request.purpose, kMaxPurposeLength);
    if (!purpose) return purpose.error();

    const std::string beneficiary = objectText("00", request.bankBin) + objectText("01", request.account);
    const std::string accountInfo = objectText("00", kNapasGuid) + objectText("01", beneficiary) +
                                    objectText("02", kServiceToAccount);
    std::string out;
    appendObject(out, "00", "01");
    appendObject(out, "01", request.amount.empty() ? "11" : "12");
    appendObject(out, "38", accountInfo);
    appendObject(out, "53", kCurrencyVnd);
    if (!request.amount.empty()) appendObject(out, "54", request.amount);
    appendObject(out, "58", "VN");
    if (!purpose->empty()) appendObject(out, "62", objectText("08", *purpose));
    // The CRC covers its own id and length, so they are appended before computing it.
    out += "6304";
    out += crcHex(crc16CcittFalse(out));
    return out;
}

Result<VietQrPayload> parseVietQr(std::string_view payload) {
    auto objects = parseObjects(payload);
    if (!objects) return objects.error();
    if (objects->empty() || objects->front().id != "00" || objects->front().value != "01") {
        return notVietQr("trường 00 phải là \"01\"", "00");
    }
    if (objects->back().id != "63" || objects->back().value.size() != 4) {
        return notVietQr("thiếu CRC ở cuối", "63");
    }
    const std::string expected = crcHex(crc16CcittFalse(payload.substr(0, payload.size() - 4)));
    std::string written = objects->back().value;
    std::transform(written.begin(), written.end(), written.begin(),
                   [](char c) { return c >= 'a' && c <= 'f' ? static_cast<char>(c - 'a' + 'A') : c; });
    if (written != expected) {
        return Error{"vietqr.bad_crc", "Mã QR bị sai hoặc hỏng (CRC không khớp) (QR payload CRC mismatch)", "63"};
    }

    VietQrPayload out;
    const auto* initiation = find(*objects, "01");
    out.dynamic = initiation != nullptr && *initiation == "12";
    const auto* accountInfo = find(*objects, "38");
    if (accountInfo == nullptr) return notVietQr("thiếu trường 38", "38");
    if (auto ok = decodeAccountInfo(*accountInfo, out); !ok) return ok.error();
    if (out.guid != kNapasGuid) return notVietQr("GUID không phải của NAPAS", "38/00");
    if (const auto* v = find(*objects, "53")) out.currency = *v;
    if (const auto* v = find(*objects, "54")) out.amount = *v;
    if (const auto* v = find(*objects, "58")) out.country = *v;
    if (const auto* additional = find(*objects, "62")) {
        auto inner = parseObjects(*additional);
        if (!inner) return inner.error();
        if (const auto* v = find(*inner, "08")) out.purpose = *v;
    }
    out.crc = objects->back().value;
    out.objects = std::move(*objects);
    return out;
}

}  // namespace kiosk::payment

#include "kiosk/core/payment_qr.hpp"

#include "kiosk/payment/amount_words.hpp"
#include "kiosk/payment/vietqr.hpp"

namespace kiosk::core {
namespace {

// The portal's QR is parsed before it is shown: a bad payload is never put in front of a bank
// app, the kiosk's own QR is shown instead.
std::optional<PaymentQr> fromPortal(const FilingStatus& status, const config::PaymentSettings& settings) {
    if (status.payment != PaymentStage::Pending || status.vietqrPayload.empty()) return std::nullopt;
    auto parsed = payment::parseVietQr(status.vietqrPayload);
    if (!parsed || parsed->amount.empty() || parsed->amount.size() > 13) return std::nullopt;
    const long long amount = std::stoll(parsed->amount);
    const bool ours = parsed->bankBin == settings.bankBin && parsed->account == settings.account;
    return PaymentQr{status.vietqrPayload, amount, payment::amountInWords(amount), parsed->purpose,
                     ours ? settings.accountName : std::string(), true};
}

}  // namespace

std::optional<PaymentQr> paymentQr(const Session& s) {
    if (s.receipt.feeVnd <= 0) return std::nullopt;
    const auto& settings = s.config->kiosk.payment;
    if (s.filingStatus) {
        if (auto portal = fromPortal(*s.filingStatus, settings)) return portal;
    }
    if (settings.bankBin.empty() || settings.account.empty()) return std::nullopt;
    const std::string purpose =
        s.filingStatus && !s.filingStatus->maHoSo.empty() ? s.filingStatus->maHoSo : s.reference;
    auto payload = payment::buildVietQr({settings.bankBin, settings.account, std::to_string(s.receipt.feeVnd), purpose});
    if (!payload) return std::nullopt;
    return PaymentQr{*payload, s.receipt.feeVnd, payment::amountInWords(s.receipt.feeVnd), purpose,
                     settings.accountName, false};
}

}  // namespace kiosk::core

#pragma once
// The VietQR the fee screen shows. Once kiosk-sync holds the portal's payment intent, its QR is
// shown (the portal matches that payment); before that (offline, or not yet delivered) the
// kiosk builds its own from kiosk.toml [payment], with the filing's code as transfer text, so
// the citizen can pay at once either way.
#include <optional>
#include <string>

#include "kiosk/core/session.hpp"

namespace kiosk::core {

struct PaymentQr {
    std::string payload;      // the EMVCo string to encode
    long long amount = 0;     // VND
    std::string amountWords;  // "mười nghìn đồng"
    std::string purpose;      // the transfer text the bank app shows (62/08)
    // kiosk.toml [payment] account_name when the QR pays that account; empty for an account
    // the kiosk cannot name (a portal QR paying another one).
    std::string payee;
    bool fromPortal = false;
};

// nullopt when there is no fee, or neither the portal nor kiosk.toml gives an account.
std::optional<PaymentQr> paymentQr(const Session& session);

}  // namespace kiosk::core

#include <nlohmann/json.hpp>
#include <ostream>

#include "kiosk/admin/commands.hpp"
#include "kiosk/payment/amount_words.hpp"
#include "kiosk/payment/vietqr.hpp"

namespace kiosk::admin {
namespace {

Result<std::string> required(const Invocation& inv, const char* name) {
    const auto it = inv.options.find(name);
    if (it == inv.options.end()) {
        return Error{"admin.usage", std::string("Thiếu --") + name + " (missing --" + name + ")", name};
    }
    return it->second;
}

}  // namespace

int vietqr(const Invocation& inv, std::ostream& out, std::ostream& err) {
    payment::VietQrRequest request;
    for (auto [name, field] : {std::pair{"bin", &request.bankBin}, std::pair{"account", &request.account},
                               std::pair{"amount", &request.amount}, std::pair{"reference", &request.purpose}}) {
        auto value = required(inv, name);
        if (!value) return fail(err, value.error());
        *field = *value;
    }
    const auto payload = payment::buildVietQr(request);
    if (!payload) return fail(err, payload.error());
    // Read back what was written, so the administrator sees exactly what a bank app will see.
    const auto parsed = payment::parseVietQr(*payload);
    if (!parsed) return fail(err, parsed.error());
    nlohmann::json j = {{"payload", *payload},         {"bank_bin", parsed->bankBin}, {"account", parsed->account},
                        {"amount", parsed->amount},    {"purpose", parsed->purpose},  {"crc", parsed->crc}};
    // An empty amount makes a static QR (the payer types the amount); the builder has checked
    // that a given amount is at most 13 digits, so it fits a long long.
    j["amount_in_words"] = parsed->amount.empty() ? nlohmann::json()
                                                   : nlohmann::json(payment::amountInWords(std::stoll(parsed->amount)));
    out << j.dump(2) << "\n";
    return 0;
}

}  // namespace kiosk::admin

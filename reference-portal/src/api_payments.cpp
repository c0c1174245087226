// Payment intents with a VietQR payload, their status, and the bank simulator
// (docs/portal-api.md §4.8).
#include <algorithm>

#include "kiosk/payment/vietqr.hpp"
#include "routes.hpp"
#include "status.hpp"

namespace kiosk::reference_portal {

namespace {

using nlohmann::json;

constexpr std::chrono::minutes kPaymentLifetime{15};

bool isBankReference(const std::string& s) {
    return !s.empty() && s.size() <= 32 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    });
}

json paymentJson(const PaymentRow& p, const FilingRow& f) {
    return {{"payment_intent_id", p.id},
            {"filing_id", p.filingId},
            {"amount", p.amount},
            {"currency", "VND"},
            {"reference", f.maHoSo},
            {"status", p.status},
            {"expires_at", rfc3339(p.expiresAt)},
            {"paid_at", p.paidAt ? json(rfc3339(*p.paidAt)) : json(nullptr)},
            {"bank_reference", p.bankReference.empty() ? json(nullptr) : json(p.bankReference)},
            {"vietqr_payload", p.vietqr}};
}

}  // namespace

ApiResponse handleCreatePayment(PortalContext& ctx, const Call& call) {
    auto filing = visibleFiling(ctx, call);
    if (!filing) return notFound(call);
    if (!parseJsonBody(call, true)) return badJson(call);
    if (filing->feeTotal <= 0) {
        return problem(422, "no_fee_due", "Hồ sơ này không có phí cần nộp / No fee is due",
                       call.instance);
    }
    if (isFinalStatus(filing->status)) {
        return problem(409, "invalid_transition",
                       "Hồ sơ đã kết thúc, không thể thanh toán / The filing is closed",
                       call.instance);
    }
    auto payload = payment::buildVietQr(
        {ctx.options.bankBin, ctx.options.bankAccount, std::to_string(filing->feeTotal),
         filing->maHoSo});
    if (!payload) throw DbError("VietQR payload: " + payload.error().code);
    const PaymentRow row = ctx.store.createPayment(*filing, filing->feeTotal, *payload, call.now,
                                                   call.now + kPaymentLifetime);
    return jsonResponse(201, paymentJson(row, *filing));
}

ApiResponse handleGetPayment(PortalContext& ctx, const Call& call) {
    auto row = ctx.store.payment(call.params.at(0), call.now);
    if (!row) return notFound(call);
    auto filing = ctx.store.filing(row->filingId);
    if (!filing || (call.who.role == Role::Kiosk && filing->kioskId != call.who.id)) {
        return notFound(call);
    }
    return jsonResponse(200, paymentJson(*row, *filing));
}

ApiResponse handleSimulatePaid(PortalContext& ctx, const Call& call) {
    auto row = ctx.store.payment(call.params.at(0), call.now);
    if (!row) return notFound(call);
    auto filing = ctx.store.filing(row->filingId);
    if (!filing) return notFound(call);
    if (row->status == "expired" || row->status == "cancelled") {
        return problem(409, "payment_expired",
                       "Yêu cầu thanh toán đã hết hạn / The payment intent has expired",
                       call.instance);
    }
    // The bank's reference for the transfer: as the test bench's "bank" gives it, else made up.
    const auto body = parseJsonBody(call, true);
    if (!body) return badJson(call);
    std::string bankReference = "FT" + randomId("").substr(0, 12);
    if (const auto given = body->find("bank_reference"); given != body->end()) {
        if (!given->is_string() || !isBankReference(given->get<std::string>())) {
            return problem(400, "bad_request",
                           "bank_reference gồm 1-32 chữ cái, chữ số / bank_reference is 1-32 letters and digits",
                           call.instance, json::array({json{{"pointer", "/bank_reference"}, {"code", "wrong_type"}}}));
        }
        bankReference = given->get<std::string>();
    }
    if (row->status != "paid") {
        ctx.store.markPaid(row->id, call.now, bankReference);
        // A filing waiting for its fee goes back to processing once the bank confirms.
        const std::string to = filing->status == "payment_requested" ? "processing" : filing->status;
        ctx.store.addEvent(*filing, "payment_paid", to, call.who.id, "", call.now);
        row = ctx.store.payment(row->id, call.now);
    }
    return jsonResponse(200, paymentJson(*row, *filing));
}

}  // namespace kiosk::reference_portal

#include "outbox_status.hpp"

namespace kiosk {
namespace {

core::PaymentStage stageOf(outbox::PaymentState state) {
    using outbox::PaymentState;
    switch (state) {
        case PaymentState::None: return core::PaymentStage::None;
        case PaymentState::Requested: return core::PaymentStage::Requested;
        case PaymentState::Pending: return core::PaymentStage::Pending;
        case PaymentState::Paid: return core::PaymentStage::Paid;
        case PaymentState::Expired: return core::PaymentStage::Expired;
        case PaymentState::Cancelled: return core::PaymentStage::Cancelled;
        case PaymentState::Failed: return core::PaymentStage::Failed;
    }
    return core::PaymentStage::None;
}

}  // namespace

Result<std::optional<core::FilingStatus>> OutboxStatusSource::statusOf(std::string_view reference) {
    auto found = m_box.statusOf(reference);
    if (!found) return found.error();
    if (!*found) return std::optional<core::FilingStatus>();
    const outbox::FilingStatusView& v = **found;
    core::FilingStatus out;
    out.localReference = v.localReference;
    out.serviceId = v.serviceId;
    out.delivery = v.delivery;
    out.maHoSo = v.maHoSo;
    out.status = v.status;
    out.trangThaiHoSo = v.trangThaiHoSo;
    out.dueAt = v.dueAt;
    out.note = v.note;
    out.requestedDocuments = outbox::requestedDocuments(v);
    for (const auto& e : v.history) out.history.push_back({e.at, e.status, e.trangThaiHoSo, e.note});
    out.payment = stageOf(v.payment.state);
    out.paymentAmount = v.payment.amount;
    out.vietqrPayload = v.payment.vietqrPayload;
    if (v.payment.state == outbox::PaymentState::Paid) {
        out.paidAt = v.payment.paidAt;
        out.paymentReference = v.payment.bankReference;
    }
    out.lookupSecret = v.lookupSecret;
    out.resultDelivery = v.resultDelivery;
    out.resultDigests = v.resultDigests;
    out.resultHandedOver = v.handedOver;
    auto supplements = m_box.supplementsOf(reference);
    if (!supplements) return supplements.error();
    for (const auto& supplement : *supplements) out.supplements.push_back(outbox::supplementStatus(supplement));
    return std::optional<core::FilingStatus>(std::move(out));
}

Result<bool> OutboxStatusSource::applicantIs(std::string_view reference, std::string_view idNumber) {
    return m_box.applicantIs(reference, idNumber);
}

Result<void> OutboxStatusSource::requestPayment(std::string_view reference) {
    auto requested = m_box.requestPayment(reference);
    if (!requested) return requested.error();
    return {};
}

}  // namespace kiosk

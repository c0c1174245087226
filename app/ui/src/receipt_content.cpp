#include "kiosk/ui/receipt_content.hpp"

#include "answer_text.hpp"
#include "kiosk/core/lookup_code.hpp"
#include "kiosk/core/result_delivery.hpp"
#include "screens/status_view.hpp"

namespace kiosk::ui {

std::string feeLine(const Strings& words, const core::FilingStatus* status, long long feeVnd, bool payingAtDesk) {
    const std::string amount = groupThousands(feeVnd);
    const core::PaymentStage stage = status ? status->payment : core::PaymentStage::None;
    // Paid only on the portal's word, with the bank's reference and time to show for it.
    if (stage == core::PaymentStage::Paid) {
        return words.format("receipt.fee_paid", {{"amount", amount},
                                                 {"time", displayTime(status->paidAt)},
                                                 {"bank_reference", status->paymentReference}});
    }
    // A QR was asked for and the citizen did not choose the desk: they may have paid, but
    // nobody has confirmed it yet.
    if (stage != core::PaymentStage::None && !payingAtDesk) {
        return words.format("receipt.fee_unconfirmed", {{"amount", amount}});
    }
    return words.format("receipt.fee_at_desk", {{"amount", amount}});
}

receipt::ReceiptDocument receiptContent(const Strings& words, const core::Session& s, const std::string& code) {
    using receipt::BlockKind;
    const core::Receipt& r = s.receipt;
    receipt::ReceiptDocument d;
    d.title = words.get("receipt.title");
    d.office = words.format("receipt.office", {{"commune", s.config->kiosk.communeName}});
    // The look-up code the portal issued (core/ownership.hpp) stands beside the code, and the QR
    // holds both, so the kiosk's scanner opens the whole look-up at once.
    const core::FilingStatus* status = s.filingStatus ? &*s.filingStatus : nullptr;
    const std::string secret = status ? status->lookupSecret : std::string();
    d.code = secret.empty() ? code : code + core::kReceiptQrSeparator + secret;
    d.codeLine = words.get("receipt.reference_label") + " " + code;
    if (!secret.empty()) d.codeLine += " – " + words.format("receipt.lookup_secret", {{"secret", secret}});
    auto add = [&d](const char* id, std::string text) { d.body.push_back({id, BlockKind::Paragraph, std::move(text)}); };
    if (!r.applicantName.empty()) add("receipt.applicant", words.format("receipt.applicant", {{"name", r.applicantName}}));
    add("receipt.procedure",
        words.format("receipt.procedure", {{"service", words.text(s.service->name)}, {"code", s.service->code}}));
    add("receipt.received", words.format("receipt.received", {{"date", forms::formatDate(r.receivedOn)}}));
    if (r.documents.empty()) {
        add("receipt.documents", words.get("receipt.no_documents"));
    } else {
        add("receipt.documents", words.get("receipt.documents"));
        for (const auto& doc : r.documents) d.body.push_back({"", BlockKind::Bullet, words.text(doc)});
    }
    // The portal's promised date, once it set one, replaces the kiosk's estimate.
    if (status && !status->dueAt.empty()) {
        add("receipt.expected", words.format("status.due", {{"date", displayDate(status->dueAt)}}));
    } else if (r.expectedOn) {
        add("receipt.expected", words.format("receipt.expected", {{"date", forms::formatDate(*r.expectedOn)}}));
    } else {
        add("receipt.expected", words.get("receipt.expected_later"));
    }
    if (r.feeVnd <= 0) {
        add("receipt.fee", words.get("receipt.no_fee"));
    } else {
        add("receipt.fee", feeLine(words, status, r.feeVnd, s.paymentDeferred));
        if (r.postFeeVnd > 0) {
            add("receipt.fee_parts",
                words.format("delivery.fee_parts", {{"fee", groupThousands(r.feeVnd - r.postFeeVnd)},
                                                    {"post", groupThousands(r.postFeeVnd)}}));
        }
    }
    add("receipt.delivery", words.get(std::string("delivery.receipt_") + core::deliveryName(r.delivery)));
    d.footer = words.get("receipt.keep_reference");
    return d;
}

}  // namespace kiosk::ui

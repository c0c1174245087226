#include "kiosk/ui/receipt_content.hpp"

#include "answer_text.hpp"
#include "kiosk/core/result_delivery.hpp"
#include "screens/status_view.hpp"

namespace kiosk::ui {

receipt::ReceiptDocument receiptContent(const Strings& words, const core::Session& s, const std::string& code) {
    using receipt::BlockKind;
    const core::Receipt& r = s.receipt;
    receipt::ReceiptDocument d;
    d.title = words.get("receipt.title");
    d.office = words.format("receipt.office", {{"commune", s.config->kiosk.communeName}});
    d.code = code;
    d.codeLine = words.get("receipt.reference_label") + " " + code;
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
    const core::FilingStatus* status = s.filingStatus ? &*s.filingStatus : nullptr;
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
        const bool paid = status && status->payment == core::PaymentStage::Paid;
        add("receipt.fee",
            words.format(paid ? "receipt.fee_paid" : "receipt.fee_at_desk", {{"amount", groupThousands(r.feeVnd)}}));
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

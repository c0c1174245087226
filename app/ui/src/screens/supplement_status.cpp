#include "screens/supplement_status.hpp"

#include <map>

#include "screens/status_view.hpp"
#include "supplement_paper.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// The documents received, one line per slot in the order received: its name, pages and size.
void drawReceived(UiContext& ctx, const core::SupplementStatus& supplement, const std::string& serviceId,
                  const std::string& id) {
    struct Total {
        int pages = 0;
        long long bytes = 0;
    };
    std::vector<std::string> order;
    std::map<std::string, Total> totals;
    for (const auto& doc : supplement.received) {
        const std::string slot = doc.slotId.empty() ? std::string(core::kOtherDocumentSlot) : doc.slotId;
        if (totals.count(slot) == 0) order.push_back(slot);
        totals[slot].pages += doc.pages > 0 ? doc.pages : 1;
        totals[slot].bytes += doc.bytes;
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Total& total = totals[order[i]];
        paragraph(ctx,
                  "• " + ctx.fmt("supplement.received_document",
                                 {{"document", supplementDocumentName(ctx.strings, ctx.config, serviceId, order[i])},
                                  {"pages", std::to_string(total.pages)},
                                  {"size", sizeText(total.bytes)}}),
                  id + ".document." + std::to_string(i));
    }
}

}  // namespace

void drawSupplementDelivery(UiContext& ctx, const core::SupplementStatus& supplement, const std::string& serviceId,
                            const std::string& id) {
    beginPanel(ctx);
    PanelTone tone = PanelTone::Notice;
    if (supplement.delivery == "delivered") {
        const std::string time = displayTime(supplement.receivedAt);
        if (supplement.received.empty()) {
            paragraph(ctx, ctx.fmt("supplement.received_no_list", {{"time", time}}), id);
        } else {
            paragraph(ctx, ctx.fmt("supplement.received", {{"time", time}}), id);
            drawReceived(ctx, supplement, serviceId, id);
        }
        tone = PanelTone::Success;
    } else if (supplement.delivery == "failed") {
        paragraph(ctx, ctx.t("supplement.failed"), id);
        tone = PanelTone::Error;
    } else {
        paragraph(ctx, ctx.t("supplement.waiting"), id);
    }
    endPanel(ctx, tone);
}

void drawSupplements(UiContext& ctx, const core::FilingStatus& filing) {
    if (filing.supplements.empty()) return;
    subheading(ctx, ctx.t("supplement.sent_title"));
    for (std::size_t i = 0; i < filing.supplements.size(); ++i) {
        drawSupplementDelivery(ctx, filing.supplements[i], filing.serviceId, "lookup.supplement." + std::to_string(i));
    }
}

}  // namespace kiosk::ui

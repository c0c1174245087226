#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

void documents(UiContext& ctx, const forms::Service& service) {
    subheading(ctx, ctx.t("service.documents"));
    if (service.documents.empty()) paragraph(ctx, ctx.t("service.no_documents"));
    for (const auto& doc : service.documents) {
        // "Giấy chứng sinh (nếu có): Bản chính do bệnh viện cấp": the qualifier stays with the
        // name it qualifies, the note follows; a note in brackets then "(nếu có)" read as two asides.
        std::string line = ctx.text(doc.name);
        if (!doc.required) line += " " + ctx.t("service.document_if_any");
        if (!doc.note.empty()) line += ": " + ctx.text(doc.note);
        bulletList(ctx, {line});
    }
}

void facts(UiContext& ctx, const forms::Service& service) {
    subheading(ctx, ctx.t("service.fee"));
    paragraph(ctx, service.fee.description.empty() ? ctx.t("service.no_fee")
                                                   : ctx.text(service.fee.description));
    if (!service.timeLimit.empty()) {
        subheading(ctx, ctx.t("service.time_limit"));
        paragraph(ctx, ctx.text(service.timeLimit));
    }
    if (!service.agency.empty()) {
        subheading(ctx, ctx.t("service.agency"));
        paragraph(ctx, ctx.text(service.agency));
    }
    subheading(ctx, ctx.t("service.delivery"));
    if (service.delivery == forms::Delivery::ToanTrinh) {
        paragraph(ctx, ctx.t("service.toan_trinh"), "service.delivery");
    } else {
        paragraph(ctx, ctx.t("service.mot_phan"), "service.delivery");
        if (!service.inPersonNote.empty()) paragraph(ctx, ctx.text(service.inPersonNote));
    }
    if (!service.legalBasis.empty()) {
        subheading(ctx, ctx.t("service.legal_basis"));
        mutedText(ctx, ctx.text(service.legalBasis));
    }
}

}  // namespace

MaybeAction drawServiceInfo(UiContext& ctx) {
    const forms::Service& service = *ctx.session.service;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.text(service.name));
        if (!service.code.empty()) mutedText(ctx, ctx.fmt("service.code", {{"code", service.code}}));
        if (!ctx.session.routeReason.empty()) {
            beginPanel(ctx);
            subheading(ctx, ctx.t("service.routed_title"), "service.routed");
            paragraph(ctx, ctx.text(ctx.session.routeReason));
            endPanel(ctx, PanelTone::Notice);
        }
        // One column at every size: two columns of reading-size text were dense, and an older
        // reader lost the way back from the bottom of one to the top of the other.
        documents(ctx, service);
        facts(ctx, service);
    }
    // Start stays in the bar at the bottom: the page is long, and a first-time user does not
    // know to scroll past the document list to find how to begin.
    return stepBar(ctx, std::move(action), ctx.t("service.start"), core::act::StartFiling{}, "service.start");
}

}  // namespace kiosk::ui

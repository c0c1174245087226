// "Tra cứu hồ sơ": the citizen types the code from the receipt (the local reference or the
// mã hồ sơ, in full or its short form, core/lookup_code.hpp) and sees what the local status
// cache holds, in plain Vietnamese. A code alone shows the status word and the due date; the
// look-up code printed beside it on the receipt (or the receipt's QR), or the applicant's card
// read here, shows the rest (core/ownership.hpp), and a result returned electronically can then
// be printed ("In kết quả", screens/result_print.hpp).
#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/core/flow.hpp"
#include "kiosk/ui/receipt_content.hpp"
#include "layout.hpp"
#include "screens/identity_scan_panel.hpp"
#include "screens/result_print.hpp"
#include "screens/screens.hpp"
#include "screens/status_view.hpp"
#include "screens/supplement_status.hpp"
#include "widgets/basic.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

// "1 phút" once the wait is a minute or more, rounded up so the kiosk checks again by then.
std::string waitText(UiContext& ctx, std::chrono::seconds wait) {
    const auto s = wait.count();
    return s < 60 ? ctx.fmt("lookup.wait_seconds", {{"count", std::to_string(s)}})
                  : ctx.fmt("lookup.wait_minutes", {{"count", std::to_string((s + 59) / 60)}});
}

// Why the look-up code did not open the details, in plain words.
void proofRefusal(UiContext& ctx) {
    const core::Session& s = ctx.session;
    std::string text;
    switch (s.lookupRefusal) {
        case core::ProofRefusal::None: return;
        case core::ProofRefusal::WrongSecret: text = ctx.t("lookup.secret_wrong"); break;
        case core::ProofRefusal::Malformed: text = ctx.t("lookup.secret_malformed"); break;
        case core::ProofRefusal::Throttled:
            text = ctx.fmt("lookup.secret_wait", {{"wait", waitText(ctx, s.lookupWait)}});
            break;
        case core::ProofRefusal::NotIssued: text = ctx.t("lookup.secret_not_issued"); break;
        case core::ProofRefusal::WrongCard: text = ctx.t("lookup.card_wrong"); break;
        case core::ProofRefusal::Unavailable: text = ctx.t("lookup.not_available"); break;
    }
    subheading(ctx, text, "lookup.proof_refused");
}

// The box for the look-up code, under the status the code alone gives.
MaybeAction proofPanel(UiContext& ctx) {
    MaybeAction action;
    beginPanel(ctx);
    subheading(ctx, ctx.t("lookup.more_title"));
    paragraph(ctx, ctx.t("lookup.more_intro"), "lookup.more_intro");
    mutedText(ctx, ctx.t("lookup.secret_label"));
    textInput(ctx, "lookup.secret", core::TextTarget::LookupSecret, "", InputKind::Plain,
              ctx.session.lookupRefusal != core::ProofRefusal::None, 9);
    proofRefusal(ctx);
    ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    if (button(ctx, "lookup.prove", ctx.t("lookup.prove"), ButtonStyle::Primary, 0.0f,
               !ctx.session.lookupSecret.empty())) {
        action = core::act::ProveOwnership{};
    }
    // With a card reader the card below proves it too; without one, staff at the desk can.
    mutedText(ctx, ctx.t(ctx.scan != nullptr ? "lookup.more_card" : "lookup.more_desk"), "lookup.more_desk");
    endPanel(ctx, ctx.session.lookupRefusal != core::ProofRefusal::None ? PanelTone::Error : PanelTone::Notice);
    return action;
}

// "Bổ sung hồ sơ": the filing waits for documents, and the citizen can add them here.
MaybeAction supplementOffer(UiContext& ctx) {
    MaybeAction action;
    beginPanel(ctx);
    subheading(ctx, ctx.t("supplement.offer_title"));
    paragraph(ctx, ctx.t("supplement.offer_intro"), "lookup.supplement_offer");
    if (button(ctx, "lookup.supplement_start", ctx.t("supplement.start"))) action = core::act::StartSupplement{};
    endPanel(ctx, PanelTone::Notice);
    return action;
}

// The applicant's card, read by the capture device, proves it too: the same panel as the
// identity step. The card is the proof, not data to fill in, so once it is read it is checked
// against the applicant at once; what it says is neither shown nor kept here.
MaybeAction cardProof(UiContext& ctx) {
    if (ctx.scan == nullptr) return std::nullopt;
    if (ctx.scan->phase() == capture::IdentityScan::Phase::Review) {
        return core::act::ApplyIdentity{ctx.scan->accept()};
    }
    return drawIdentityScanPanel(ctx);
}

MaybeAction drawResult(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (s.lookupUnavailable) {
        beginPanel(ctx);
        paragraph(ctx, ctx.t("lookup.not_available"), "lookup.result");
        endPanel(ctx, PanelTone::Notice);
        return std::nullopt;
    }
    if (s.lookupAmbiguous) {
        beginPanel(ctx);
        sentenceWithCode(ctx, ctx.fmt("lookup.ambiguous", {{"code", s.lookupCode}}), "lookup.result");
        endPanel(ctx, PanelTone::Notice);
        return std::nullopt;
    }
    if (!s.lookupResult) {
        beginPanel(ctx);
        sentenceWithCode(ctx, ctx.fmt("lookup.not_found", {{"code", s.lookupCode}}), "lookup.result");
        endPanel(ctx, PanelTone::Error);
        return std::nullopt;
    }
    const core::FilingStatus& r = *s.lookupResult;
    // No panel around it: the staff's note gets its own (panels do not nest).
    codeLine(ctx, ctx.fmt("lookup.found", {{"code", r.maHoSo.empty() ? r.localReference : r.maHoSo}}), "lookup.found",
             CodeSize::Bold);
    if (const forms::Service* service = ctx.config.findService(r.serviceId)) {
        paragraph(ctx, ctx.fmt("lookup.service", {{"service", ctx.text(service->name)}}), "lookup.service");
    }
    if (!core::ownerProven(s)) {
        drawFilingStatus(ctx, r, "lookup", StatusDetail::StatusAndDue);
        MaybeAction action = proofPanel(ctx);
        if (auto card = cardProof(ctx)) action = std::move(card);
        return action;
    }
    MaybeAction action;
    if (core::offersSupplement(s)) action = supplementOffer(ctx);
    if (auto print = drawResultPrint(ctx)) action = std::move(print);
    drawSupplements(ctx, r);
    drawFilingStatus(ctx, r, "lookup", StatusDetail::Full);
    // The fee as the portal last reported it: paid only on its word, with the bank's reference.
    if (r.payment != core::PaymentStage::None && r.paymentAmount > 0) {
        paragraph(ctx, feeLine(ctx.strings, &r, r.paymentAmount, false), "lookup.fee");
    }
    return action;
}

}  // namespace

MaybeAction drawLookup(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("lookup.title"));
        paragraph(ctx, ctx.t("lookup.intro"));
        subheading(ctx, ctx.t("lookup.code_label"));
        textInput(ctx, "lookup.code", core::TextTarget::LookupCode, "", InputKind::Plain, false);  // a code, not Vietnamese words
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (button(ctx, "lookup.search", ctx.t("lookup.search"), ButtonStyle::Primary, 0.0f,
                   !ctx.session.lookupCode.empty())) {
            action = core::act::RunLookup{};
        }
        if (ctx.session.lookupAsked) {
            if (auto proof = drawResult(ctx)) action = std::move(proof);
        }
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) action = core::act::Back{};
    return action;
}

}  // namespace kiosk::ui

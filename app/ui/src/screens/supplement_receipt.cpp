// After "Gửi bổ sung": the "Giấy tiếp nhận bổ sung hồ sơ" (ui/supplement_paper builds it for
// screen and paper alike), where its delivery stands (followed from the status cache while the
// screen is up), the print button, and the way back to the filing.
#include "layout.hpp"
#include "receipt_desk.hpp"
#include "screens/screens.hpp"
#include "screens/supplement_status.hpp"
#include "supplement_paper.hpp"
#include "widgets/basic.hpp"
#include "widgets/qr_code.hpp"

namespace kiosk::ui {
namespace {

void drawPaper(UiContext& ctx) {
    const core::SupplementDraft& draft = *ctx.session.supplement;
    receipt::ReceiptDocument d = supplementPaper(ctx.strings, ctx.session);
    beginPanel(ctx);
    subheading(ctx, d.title, "supplement.paper_title");
    mutedText(ctx, d.office);
    // The code and the filing's look-up code each on a line of their own, the QR holding both
    // (d.code), as on the filing's receipt.
    codeLine(ctx, ctx.t("supplement.paper_code") + " " + draft.code, "supplement.paper_code", CodeSize::Bold);
    if (!draft.lookupSecret.empty()) {
        codeLine(ctx, ctx.fmt("receipt.lookup_secret", {{"secret", draft.lookupSecret}}), "supplement.lookup_secret");
        mutedText(ctx, ctx.t("receipt.lookup_secret_hint"), "supplement.lookup_secret_hint");
    }
    qrCode(ctx, "supplement.qr", d.code, ctx.theme.px(kQrEm));
    if (!ctx.theme.portrait) ImGui::SameLine(0.0f, ctx.theme.margin());
    ImGui::BeginGroup();
    mutedText(ctx, ctx.t("receipt.qr_hint"));
    ImGui::EndGroup();
    std::vector<std::string> bullets;
    for (const auto& block : d.body) {
        if (block.kind == receipt::BlockKind::Bullet) {
            bullets.push_back(block.text);
            continue;
        }
        if (!bullets.empty()) bulletList(ctx, bullets);
        bullets.clear();
        paragraph(ctx, block.text, block.id);
    }
    if (!bullets.empty()) bulletList(ctx, bullets);
    endPanel(ctx, PanelTone::Plain);
    receipt::wipeReceiptDocument(d);
}

void notice(UiContext& ctx, const std::string& text, const char* id) {
    beginPanel(ctx);
    paragraph(ctx, text, id);
    endPanel(ctx, PanelTone::Notice);
}

// No printer: the receipt is kept (sealed in the outbox) for staff at the desk to print
// (`kiosk-admin supplement-receipt`), as the filing's own receipt is, and the citizen is told so.
MaybeAction keepForTheDesk(UiContext& ctx, const core::SupplementDraft& draft) {
    switch (ctx.receipts->stageFor(draft.clientSupplementId)) {
        case ReceiptDesk::Stage::None: return core::act::KeepReceipt{draft.code};
        case ReceiptDesk::Stage::Kept: notice(ctx, ctx.t("supplement.at_desk"), "supplement.kept"); break;
        case ReceiptDesk::Stage::NotKept: notice(ctx, ctx.t("supplement.not_kept"), "supplement.kept"); break;
        default: break;
    }
    return std::nullopt;
}

// The print button through the receipt desk, keyed by the supplement's id so the filing's own
// receipt (and the next citizen) never shares its outcome.
MaybeAction printButton(UiContext& ctx, const core::SupplementDraft& draft) {
    if (ctx.receipts == nullptr) return std::nullopt;
    if (ctx.config.kiosk.printer.name.empty()) return keepForTheDesk(ctx, draft);
    const auto stage = ctx.receipts->stageFor(draft.clientSupplementId);
    MaybeAction action;
    if (stage != ReceiptDesk::Stage::Printing &&
        button(ctx, "supplement.print",
               ctx.t(stage == ReceiptDesk::Stage::Failed ? "receipt.print_retry" : "supplement.print"),
               ButtonStyle::Secondary)) {
        action = core::act::PrintReceipt{draft.code};
    }
    switch (stage) {
        case ReceiptDesk::Stage::Printing:
            paragraph(ctx, ctx.t("supplement.printing"), "supplement.print_result");
            break;
        case ReceiptDesk::Stage::Printed: paragraph(ctx, ctx.t("supplement.printed"), "supplement.print_result"); break;
        case ReceiptDesk::Stage::Failed:
            errorText(ctx, ctx.receipts->outcome().message, "supplement.print_result");
            if (ctx.receipts->outcome().kept) notice(ctx, ctx.t("supplement.at_desk"), "supplement.kept");
            break;
        default: break;
    }
    return action;
}

}  // namespace

MaybeAction drawSupplementReceipt(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (!s.supplement) return std::nullopt;
    const core::SupplementDraft& draft = *s.supplement;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("supplement.stored_heading"));
        // Its delivery, from the status cache: waiting until the portal's signed answer is kept.
        core::SupplementStatus delivery{draft.clientSupplementId, "pending", {}, {}};
        if (s.lookupResult) {
            for (const auto& known : s.lookupResult->supplements) {
                if (known.clientSupplementId == draft.clientSupplementId) delivery = known;
            }
        }
        drawSupplementDelivery(ctx, delivery, draft.serviceId, "supplement.delivery");
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        drawPaper(ctx);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (auto print = printButton(ctx, draft)) action = std::move(print);
        if (button(ctx, "supplement.view_filing", ctx.t("supplement.view_filing"), ButtonStyle::Secondary)) {
            action = core::act::Back{};
        }
    }
    if (navBar(ctx, "", ctx.t("receipt.done"), "supplement.done") == NavChoice::Continue) action = core::act::Finish{};
    return action;
}

}  // namespace kiosk::ui

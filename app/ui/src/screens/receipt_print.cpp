#include "screens/receipt_print.hpp"

#include "receipt_desk.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

void notice(UiContext& ctx, const std::string& text, const char* id, PanelTone tone) {
    beginPanel(ctx);
    paragraph(ctx, text, id);
    endPanel(ctx, tone);
}

// No printer: the receipt is kept (encrypted in the outbox), and the citizen is told that staff
// at the desk will print it. It is kept again when the portal's mã hồ sơ replaces the local
// reference, so the paper staff print carries the official code.
MaybeAction keepForTheDesk(UiContext& ctx, const std::string& code) {
    const auto stage = ctx.receipts->stageFor(ctx.session.reference);
    const bool stale = stage != ReceiptDesk::Stage::None && stage != ReceiptDesk::Stage::Keeping &&
                       ctx.receipts->outcome().code != code;
    if ((stage == ReceiptDesk::Stage::None || stale) && !ctx.session.reference.empty()) {
        return core::act::KeepReceipt{code};
    }
    switch (stage) {
        case ReceiptDesk::Stage::Kept:
        case ReceiptDesk::Stage::Keeping:
            if (ctx.receipts->outcome().kept) {
                notice(ctx, ctx.t("receipt.at_desk"), "receipt.kept", PanelTone::Notice);
            }
            break;
        case ReceiptDesk::Stage::NotKept:
            notice(ctx, ctx.t("receipt.not_kept"), "receipt.kept", PanelTone::Notice);
            break;
        default: break;
    }
    return std::nullopt;
}

}  // namespace

MaybeAction printReceiptButton(UiContext& ctx, const std::string& code) {
    if (ctx.receipts == nullptr) return std::nullopt;
    if (ctx.config.kiosk.printer.name.empty()) return keepForTheDesk(ctx, code);
    MaybeAction action;
    const auto stage = ctx.receipts->stageFor(ctx.session.reference);
    if (stage != ReceiptDesk::Stage::Printing) {
        const bool retry = stage == ReceiptDesk::Stage::Failed;
        if (button(ctx, "receipt.print", ctx.t(retry ? "receipt.print_retry" : "receipt.print"),
                   ButtonStyle::Secondary)) {
            action = core::act::PrintReceipt{code};
        }
    }
    switch (ctx.receipts->stageFor(ctx.session.reference)) {
    case ReceiptDesk::Stage::Printing:
        notice(ctx, ctx.t("receipt.printing"), "receipt.print_result", PanelTone::Plain);
        break;
    case ReceiptDesk::Stage::Printed:
        notice(ctx, ctx.t("receipt.printed"), "receipt.print_result", PanelTone::Success);
        break;
    case ReceiptDesk::Stage::Failed:
        notice(ctx, ctx.receipts->outcome().message, "receipt.print_result", PanelTone::Error);
        if (ctx.receipts->outcome().kept) {
            notice(ctx, ctx.t("receipt.at_desk"), "receipt.kept", PanelTone::Notice);
        }
        break;
    default: break;
    }
    return action;
}

}  // namespace kiosk::ui

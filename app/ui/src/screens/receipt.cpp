#include <algorithm>

#include "kiosk/core/lookup_code.hpp"
#include "kiosk/ui/read_aloud.hpp"
#include "kiosk/ui/receipt_content.hpp"
#include "layout.hpp"
#include "receipt_desk.hpp"
#include "screens/receipt_print.hpp"
#include "screens/screens.hpp"
#include "screens/status_view.hpp"
#include "widgets/basic.hpp"
#include "widgets/qr_code.hpp"

namespace kiosk::ui {
namespace {

// Words, one per space, as the locale lists them ("không một hai …").
std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < line.size()) {
        const size_t end = std::min(line.find(' ', start), line.size());
        if (end > start) out.push_back(line.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// No paper to take away (no printer, or it failed): the code on screen is what the citizen
// leaves with, so it can be heard and copied down by ear, twice over.
void offerCodeAloud(UiContext& ctx, const std::string& code) {
    const bool noPrinter = ctx.config.kiosk.printer.name.empty();
    const bool printFailed = ctx.receipts != nullptr &&
                             ctx.receipts->stageFor(ctx.session.reference) == ReceiptDesk::Stage::Failed;
    if (!noPrinter && !printFailed) return;
    paragraph(ctx, ctx.t("receipt.no_paper_hint"), "receipt.no_paper");
    if (button(ctx, "receipt.read_code", ctx.t("receipt.read_code"), ButtonStyle::Secondary)) {
        const std::string spelled = spelledCode(code, words(ctx.t("speech.digits")), ctx.t("speech.dot"),
                                                ctx.t("speech.dash"));
        ctx.state.speakText = ctx.fmt("receipt.code_spoken", {{"code", spelled}});
    }
}

// The "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" as ui/receipt_content builds it (the paper
// renders the same document): each block under its own widget ID, the documents as a list.
void drawReceiptDocument(UiContext& ctx, const std::string& code) {
    receipt::ReceiptDocument d = receiptContent(ctx.strings, ctx.session, code);
    beginPanel(ctx);
    subheading(ctx, d.title, "receipt.title");
    mutedText(ctx, d.office);
    std::vector<std::string> bullets;
    auto flushBullets = [&] {
        if (!bullets.empty()) bulletList(ctx, bullets);
        bullets.clear();
    };
    for (const auto& block : d.body) {
        if (block.kind == receipt::BlockKind::Bullet) {
            bullets.push_back(block.text);
            continue;
        }
        flushBullets();
        paragraph(ctx, block.text, block.id);
    }
    flushBullets();
    endPanel(ctx, PanelTone::Plain);
    receipt::wipeReceiptDocument(d);
}

}  // namespace

MaybeAction drawReceipt(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (s.awaitingPayment) return drawPayment(ctx);
    // The portal's mã hồ sơ replaces the local reference as the code to keep, once it is known.
    const std::string maHoSo = s.filingStatus ? s.filingStatus->maHoSo : std::string();
    const std::string& code = maHoSo.empty() ? s.reference : maHoSo;
    // The look-up code comes with the mã hồ sơ (the portal's acknowledgement); the QR holds both.
    const std::string secret = s.filingStatus ? s.filingStatus->lookupSecret : std::string();
    const std::string qrText = secret.empty() ? code : code + core::kReceiptQrSeparator + secret;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        beginPanel(ctx);
        heading(ctx, ctx.t("receipt.heading"));
        paragraph(ctx, ctx.fmt("receipt.service", {{"service", ctx.text(s.service->name)}}));
        subheading(ctx, ctx.t("receipt.reference_label"));
        if (maHoSo.empty()) {
            codeLine(ctx, s.reference, "receipt.reference");
        } else {
            codeLine(ctx, maHoSo, "receipt.ma_ho_so");
            if (!secret.empty()) {
                codeLine(ctx, ctx.fmt("receipt.lookup_secret", {{"secret", secret}}), "receipt.lookup_secret");
                mutedText(ctx, ctx.t("receipt.lookup_secret_hint"), "receipt.lookup_secret_hint");
            }
            codeLine(ctx, ctx.fmt("receipt.local_reference", {{"reference", s.reference}}), "receipt.reference",
                     CodeSize::Muted);
        }
        endPanel(ctx, PanelTone::Success);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));

        qrCode(ctx, "receipt.qr", qrText, ctx.theme.px(kQrEm));
        if (!ctx.theme.portrait) ImGui::SameLine(0.0f, ctx.theme.margin());
        ImGui::BeginGroup();
        mutedText(ctx, ctx.t("receipt.qr_hint"));
        if (maHoSo.empty() && s.filingStatus) mutedText(ctx, ctx.t("receipt.waiting_code"), "receipt.waiting");
        offerCodeAloud(ctx, code);
        ImGui::EndGroup();

        drawReceiptDocument(ctx, code);
        if (s.filingStatus) {
            subheading(ctx, ctx.t("receipt.status_label"));
            drawFilingStatus(ctx, *s.filingStatus, "receipt.status", StatusDetail::Brief);
        }
        subheading(ctx, ctx.t("receipt.next_title"));
        paragraph(ctx, ctx.t("receipt.next_check"));
        if (!s.service->timeLimit.empty()) {
            paragraph(ctx, ctx.fmt("receipt.time_limit", {{"time_limit", ctx.text(s.service->timeLimit)}}));
        }
        if (s.service->delivery == forms::Delivery::MotPhan && !s.service->inPersonNote.empty()) {
            paragraph(ctx, ctx.text(s.service->inPersonNote));
        }
        paragraph(ctx, ctx.t("receipt.keep_reference"));
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (auto print = printReceiptButton(ctx, code)) action = std::move(print);
    }
    // "Xong" stays put in the bottom bar: the page above it grows while the citizen reads (the
    // mã hồ sơ arrives, the printer or the kept copy reports), and a button that moved under a
    // finger would take the tap meant for another.
    if (navBar(ctx, "", ctx.t("receipt.done"), "receipt.done") == NavChoice::Continue) {
        action = core::act::Finish{};
    }
    return action;
}

}  // namespace kiosk::ui

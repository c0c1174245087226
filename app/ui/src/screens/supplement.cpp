// "Bổ sung hồ sơ" (core/supplement.hpp): the citizen scans pages into one slot per document
// staff asked for, with the same page scanner, thumbnails and retake as a filing's document
// step, then checks the list before it is stored.
#include "layout.hpp"
#include "screens/screens.hpp"
#include "supplement_paper.hpp"
#include "widgets/basic.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

size_t pagesIn(const core::Session& s, const std::string& key) {
    const auto it = s.documentPages.find(key);
    return it == s.documentPages.end() ? 0 : it->second.size();
}

// The staff's note, as the look-up showed it: what to bring, in their words.
void staffNote(UiContext& ctx) {
    const auto& result = ctx.session.lookupResult;
    if (!result || result->note.empty()) return;
    beginPanel(ctx);
    subheading(ctx, ctx.t("supplement.note_title"));
    paragraph(ctx, result->note, "supplement.note");
    endPanel(ctx, PanelTone::Notice);
}

// One slot: the document's name (and the service file's note on it), then its pages.
MaybeAction slot(UiContext& ctx, const core::SupplementDraft& draft, size_t index) {
    const core::SupplementSlot& slot = draft.slots[index];
    ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    beginPanel(ctx);
    subheading(ctx, supplementDocumentName(ctx.strings, ctx.config, draft.serviceId, slot.slotId),
               "supplement.slot." + std::to_string(index));
    if (const forms::Service* service = ctx.config.findService(draft.serviceId)) {
        for (const auto& doc : service->documents) {
            if (doc.id == slot.slotId && !doc.note.empty()) mutedText(ctx, ctx.text(doc.note));
        }
    }
    MaybeAction action = scannedPages(ctx, slot.key);
    endPanel(ctx, PanelTone::Plain);
    return action;
}

}  // namespace

MaybeAction drawSupplement(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (!s.supplement) return std::nullopt;
    const core::SupplementDraft& draft = *s.supplement;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("supplement.title"));
        codeLine(ctx, ctx.fmt("supplement.filing", {{"code", draft.code}}), "supplement.code", CodeSize::Bold);
        paragraph(ctx, ctx.fmt("supplement.intro", {{"count", std::to_string(draft.slots.size())}}),
                  "supplement.intro");
        staffNote(ctx);
        for (size_t i = 0; i < draft.slots.size(); ++i) {
            if (auto tapped = slot(ctx, draft, i)) action = std::move(tapped);
        }
        if (draft.nothingScanned) {
            beginPanel(ctx);
            paragraph(ctx, ctx.t("supplement.nothing_scanned"), "supplement.nothing_scanned");
            endPanel(ctx, PanelTone::Error);
        }
    }
    return stepBar(ctx, std::move(action), ctx.t("nav.continue"));
}

MaybeAction drawSupplementCheck(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (!s.supplement) return std::nullopt;
    const core::SupplementDraft& draft = *s.supplement;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("supplement.check_title"));
        sentenceWithCode(ctx, ctx.fmt("supplement.check_intro", {{"code", draft.code}}), "supplement.check_intro");
        for (size_t i = 0; i < draft.slots.size(); ++i) {
            // A document left unscanned is named too: the citizen sees it is missing before sending.
            const size_t pages = pagesIn(s, draft.slots[i].key);
            const std::string name = supplementDocumentName(ctx.strings, ctx.config, draft.serviceId,
                                                            draft.slots[i].slotId);
            paragraph(ctx,
                      "• " + (pages == 0 ? ctx.fmt("supplement.not_scanned", {{"document", name}})
                                         : ctx.fmt("supplement.document_pages",
                                                   {{"document", name}, {"pages", std::to_string(pages)}})),
                      "supplement.check." + std::to_string(i));
        }
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        paragraph(ctx, ctx.t("supplement.check_send"));
        if (draft.submitFailed) {
            beginPanel(ctx);
            paragraph(ctx, ctx.t("supplement.not_stored"), "supplement.not_stored");
            endPanel(ctx, PanelTone::Error);
        }
    }
    return stepBar(ctx, std::nullopt, ctx.t("supplement.send"), core::act::SubmitSupplement{}, "supplement.send");
}

}  // namespace kiosk::ui

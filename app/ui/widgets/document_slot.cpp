// The document slot talks to the page scanner directly (take): the device and a page still
// being processed are not session data. A finished page reaches the session through KioskApp
// (AddDocumentPage), so no frame's other action can drop it.
#include <chrono>

#include "capture/document_scan.hpp"
#include "ui/widgets/basic.hpp"
#include "ui/widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

constexpr int kPagesDrawn = 12;  // more pages are counted, not drawn

ImU32 colour(const ImVec4& c) { return ImGui::GetColorU32(c); }

size_t pagesOf(const core::Session& s, const std::string& key) {
    const auto it = s.documentPages.find(key);
    return it == s.documentPages.end() ? 0 : it->second.size();
}

// One small sheet per page scanned, the newest last, with its number: the citizen sees the
// count grow as they scan (the pages themselves stay off screen: they may be read by others).
void pageSheets(UiContext& ctx, const std::string& key, size_t count) {
    const float height = ctx.theme.px(3.4f), width = height / 1.414f, gap = ctx.theme.px(0.4f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto& c = ctx.colours();
    const int drawn = static_cast<int>(std::min<size_t>(count, kPagesDrawn));
    for (int i = 0; i < drawn; ++i) {
        const ImVec2 min(at.x + static_cast<float>(i) * (width + gap), at.y);
        const ImVec2 max(min.x + width, min.y + height);
        draw->AddRectFilled(min, max, colour(c.background));
        draw->AddRect(min, max, colour(c.border), 0.0f, 0, ctx.theme.px(kBorderEm));
        // Lines of "text" in the upper half, the page number below them.
        for (int line = 0; line < 4; ++line) {
            const float y = min.y + height * (0.14f + 0.1f * static_cast<float>(line));
            draw->AddLine(ImVec2(min.x + width * 0.18f, y), ImVec2(max.x - width * (line == 3 ? 0.45f : 0.18f), y),
                          colour(c.mutedText), ctx.theme.px(0.06f));
        }
        const std::string number = std::to_string(i + 1);
        const ImVec2 size = ImGui::CalcTextSize(number.c_str());
        draw->AddText(ImVec2(min.x + (width - size.x) / 2, max.y - size.y - height * 0.08f), colour(c.text),
                      number.c_str());
    }
    const ImVec2 end(at.x + static_cast<float>(drawn) * (width + gap), at.y + height);
    ctx.registry.add(WidgetInfo{"field." + key + ".thumbnails", WidgetKind::Image,
                                ctx.fmt("document.pages_scanned", {{"count", std::to_string(count)}}), at, end,
                                draw->GetClipRectMin(), draw->GetClipRectMax()});
    ImGui::Dummy(ImVec2(end.x - at.x, height));
}

}  // namespace

MaybeAction documentSlot(UiContext& ctx, const forms::Field& field, const std::string& key) {
    for (const auto& d : ctx.session.service->documents) {
        if (d.id != field.document) continue;
        paragraph(ctx, ctx.text(d.name));
        if (!d.note.empty()) mutedText(ctx, ctx.text(d.note));
    }
    const auto now = std::chrono::steady_clock::now();
    capture::DocumentScan* scanner = ctx.documents;
    const size_t count = pagesOf(ctx.session, key);
    const bool busyHere = scanner != nullptr && scanner->busy() && scanner->key() == key;
    MaybeAction action;
    if (count > 0) {
        subheading(ctx, ctx.fmt("document.pages_scanned", {{"count", std::to_string(count)}}), "field." + key + ".pages");
        pageSheets(ctx, key, count);
    }
    if (scanner == nullptr) {
        mutedText(ctx, ctx.t("document.no_device"), "field." + key + ".no_device");
    } else if (busyHere) {
        paragraph(ctx, ctx.t("document.processing"), "field." + key + ".status");
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float fraction = scanner->progress(now);
        ImGui::ProgressBar(fraction, ImVec2(-1.0f, ctx.theme.px(1.0f)), "");
        ctx.registry.add(WidgetInfo{"field." + key + ".progress", WidgetKind::Image,
                                    std::to_string(static_cast<int>(fraction * 100.0f)) + "%", at,
                                    ImGui::GetItemRectMax(), ImGui::GetWindowDrawList()->GetClipRectMin(),
                                    ImGui::GetWindowDrawList()->GetClipRectMax()});
    } else {
        if (count == 0) mutedText(ctx, ctx.t("document.how"));
        if (const Error* error = scanner->error(key)) {
            // Not in a panel: the form page may already draw one around the field.
            errorText(ctx, error->message, "field." + key + ".error");
            paragraph(ctx, ctx.t("document.try_again"));
        }
        if (button(ctx, "field." + key + ".scan", ctx.t(count == 0 ? "document.scan" : "document.scan_more"),
                   ButtonStyle::Secondary, ctx.theme.px(14.0f), !scanner->busy())) {
            scanner->take(key, now);
        }
    }
    if (count > 0) {
        if (!busyHere && button(ctx, "field." + key + ".remove", ctx.t("document.remove_last"), ButtonStyle::Link)) {
            action = core::act::RemoveDocumentPage{key};
        }
        return action;
    }
    // No pages: the original shown at the desk is the other way, with or without a device.
    const bool atDesk = ctx.session.answers.count(key) > 0 && ctx.session.answers.at(key) == kOriginalAtDesk;
    mutedText(ctx, ctx.t("document.or_desk"));
    if (optionList(ctx, "field." + key, {{"at_desk", ctx.t("document.original_at_desk")}},
                   atDesk ? std::vector<std::string>{"at_desk"} : std::vector<std::string>{}, true)) {
        action = core::act::SetText{core::TextTarget::Answer, key, atDesk ? "" : kOriginalAtDesk};
    }
    return action;
}

}  // namespace kiosk::ui

// The document slot talks to the page scanner directly (take): the device and a page still
// being processed are not session data. A finished page reaches the session through KioskApp
// (AddDocumentPage), so no frame's other action can drop it.
#include <algorithm>
#include <chrono>

#include "kiosk/capture/document_scan.hpp"
#include "page_images.hpp"
#include "widgets/basic.hpp"
#include "widgets/form_inputs.hpp"
#include "widgets/record.hpp"

namespace kiosk::ui {
namespace {

constexpr int kPagesDrawn = 12;  // more pages are counted, not drawn

ImU32 colour(const ImVec4& c) { return ImGui::GetColorU32(c); }

const std::vector<core::ScannedPage>* pagesOf(const core::Session& s, const std::string& key) {
    const auto it = s.documentPages.find(key);
    return it == s.documentPages.end() ? nullptr : &it->second;
}

// The page's picture fitted (aspect kept) into min..max on a white sheet; without a picture (no
// texture port) a sheet with lines standing for text.
void drawPage(UiContext& ctx, const std::string& key, size_t index, const core::ScannedPage& page, ImVec2 min,
              ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto& c = ctx.colours();
    draw->AddRectFilled(min, max, colour(c.background));
    const ImVec2 box(max.x - min.x, max.y - min.y);
    const auto shown = ctx.pageImages ? ctx.pageImages->show(key, index, page, static_cast<int>(box.x), static_cast<int>(box.y))
                                      : PageImages::Shown{};
    if (shown.texture && shown.size.x > 0 && shown.size.y > 0) {
        const float scale = std::min(box.x / shown.size.x, box.y / shown.size.y);
        const ImVec2 size(shown.size.x * scale, shown.size.y * scale);
        const ImVec2 at(min.x + (box.x - size.x) / 2, min.y + (box.y - size.y) / 2);
        draw->AddImage(shown.texture, at, ImVec2(at.x + size.x, at.y + size.y));
    } else {
        for (int line = 0; line < 4; ++line) {
            const float y = min.y + box.y * (0.14f + 0.1f * static_cast<float>(line));
            draw->AddLine(ImVec2(min.x + box.x * 0.18f, y), ImVec2(max.x - box.x * (line == 3 ? 0.45f : 0.18f), y),
                          colour(c.mutedText), ctx.theme.px(0.06f));
        }
    }
    draw->AddRect(min, max, colour(c.border), 0.0f, 0, ctx.theme.px(kBorderEm));
}

// One small picture per page scanned, the newest last, each with its number and tappable to see
// it large: the citizen checks what was scanned (an ID card is not a birth notice).
void pageThumbnails(UiContext& ctx, const std::string& key, const std::vector<core::ScannedPage>& pages) {
    const float height = std::max(ctx.theme.touch(), ctx.theme.px(5.0f)), width = height / 1.414f;
    const float gap = ctx.theme.px(0.4f);
    const float room = fillWidth();
    const int perRow = std::max(1, static_cast<int>((room + gap) / (width + gap)));
    const int drawn = static_cast<int>(std::min<size_t>(pages.size(), kPagesDrawn));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = 0; i < drawn; ++i) {
        const int row = i / perRow, column = i % perRow;  // whole rows: the division is meant
        const ImVec2 min(at.x + static_cast<float>(column) * (width + gap),
                         at.y + static_cast<float>(row) * (height + gap));
        const ImVec2 max(min.x + width, min.y + height);
        ImGui::SetCursorScreenPos(min);
        const std::string id = "field." + key + ".page." + std::to_string(i + 1);
        const std::string label = ctx.fmt("document.page_number", {{"n", std::to_string(i + 1)}});
        if (ImGui::InvisibleButton(id.c_str(), ImVec2(width, height))) {
            ctx.state.openPage = OpenPage{key, static_cast<size_t>(i)};
        }
        if (ImGui::IsItemActivated()) ctx.state.touched = true;
        drawPage(ctx, key, static_cast<size_t>(i), pages[static_cast<size_t>(i)], min, max);
        const bool open = ctx.state.openPage == OpenPage{key, static_cast<size_t>(i)};
        if (open) draw->AddRect(min, max, colour(ctx.colours().focus), 0.0f, 0, ctx.theme.px(3 * kBorderEm));
        // The number on a patch of its own, readable over any page.
        const std::string number = std::to_string(i + 1);
        const ImVec2 size = ImGui::CalcTextSize(number.c_str());
        const ImVec2 badge(min.x + (width - size.x) / 2, max.y - size.y - height * 0.06f);
        draw->AddRectFilled(ImVec2(badge.x - size.x * 0.3f, badge.y), ImVec2(badge.x + size.x * 1.3f, badge.y + size.y),
                            colour(ctx.colours().background));
        draw->AddText(badge, colour(ctx.colours().text), number.c_str());
        record(ctx, id, WidgetKind::Button, label, min, max);
    }
    const int rows = (drawn + perRow - 1) / perRow;
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(room, static_cast<float>(rows) * (height + gap) - gap));
}

// The page the citizen opened, as large as the screen allows, with "Chụp lại trang này".
// Returns true when the citizen asked to retake it.
bool openPageView(UiContext& ctx, const std::string& key, size_t index, const core::ScannedPage& page, bool canRetake) {
    subheading(ctx, ctx.fmt("document.page_number", {{"n", std::to_string(index + 1)}}), "field." + key + ".open_page");
    const float width = std::min(fillWidth(), ctx.regions.body.height() * 0.6f / 1.414f);
    const float height = std::min(width * 1.414f, ctx.regions.body.height() * 0.6f);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + height);
    drawPage(ctx, key, index, page, min, max);
    record(ctx, "field." + key + ".page_large", WidgetKind::Image,
           ctx.fmt("document.page_number", {{"n", std::to_string(index + 1)}}), min, max);
    ImGui::Dummy(ImVec2(width, height));
    const float buttonWidth = std::min(fillWidth(), ctx.theme.px(14.0f));
    const bool retake = canRetake && button(ctx, "field." + key + ".retake", ctx.t("document.retake_page"),
                                            ButtonStyle::Secondary, buttonWidth);
    if (button(ctx, "field." + key + ".close_page", ctx.t("document.close_page"), ButtonStyle::Secondary, buttonWidth)) {
        ctx.state.openPage.reset();
    }
    return retake;
}

// The device's own words speak of cards (the identity step shares it); a document slot says what
// went wrong with the scanner and that the pages already taken are safe. Other problems (a page
// that could not be made out) keep their own words.
std::string scanProblem(UiContext& ctx, const Error& error) {
    if (error.code == "capture.no_device") return ctx.t("document.no_scanner");
    if (error.code == "capture.busy") return ctx.t("document.scanner_busy");
    if (error.code == "capture.failed") return ctx.t("document.scan_failed");
    return error.message;
}

// "Cán bộ đã xem bản gốc": only a staff member helping ticks it, having seen the paper at the
// kiosk; the scan or the original at the desk is still asked below.
MaybeAction originalSeen(UiContext& ctx, const std::string& key) {
    const auto& s = ctx.session;
    if (s.assistedBy.empty()) return std::nullopt;
    const bool seen = s.originalsSeen.contains(key);
    if (!optionList(ctx, "field." + key + ".original", {{"seen", ctx.t("assist.original_seen")}},
                    seen ? std::vector<std::string>{"seen"} : std::vector<std::string>{}, true)) {
        return std::nullopt;
    }
    return core::act::MarkOriginalSeen{key, !seen};
}

}  // namespace

MaybeAction documentSlot(UiContext& ctx, const forms::Field& field, const std::string& key) {
    for (const auto& d : ctx.session.service->documents) {
        if (d.id != field.document) continue;
        paragraph(ctx, ctx.text(d.name));
        if (!d.note.empty()) mutedText(ctx, ctx.text(d.note));
    }
    MaybeAction action = originalSeen(ctx, key);
    if (auto scanned = scannedPages(ctx, key)) action = std::move(scanned);
    if (const auto* pages = pagesOf(ctx.session, key); pages != nullptr && !pages->empty()) return action;
    // No pages: the original shown at the desk is the other way, with or without a device.
    const bool atDesk = ctx.session.answers.count(key) > 0 && ctx.session.answers.at(key) == kOriginalAtDesk;
    mutedText(ctx, ctx.t("document.or_desk"));
    if (optionList(ctx, "field." + key, {{"at_desk", ctx.t("document.original_at_desk")}},
                   atDesk ? std::vector<std::string>{"at_desk"} : std::vector<std::string>{}, true)) {
        action = core::act::SetText{core::TextTarget::Answer, key, atDesk ? "" : kOriginalAtDesk};
    }
    return action;
}

MaybeAction scannedPages(UiContext& ctx, const std::string& key) {
    const auto now = ctx.now;
    capture::DocumentScan* scanner = ctx.documents;
    const auto* pages = pagesOf(ctx.session, key);
    const size_t count = pages ? pages->size() : 0;
    const bool busyHere = scanner != nullptr && scanner->busy() && scanner->key() == key;
    MaybeAction action;
    if (count > 0) {
        subheading(ctx, ctx.fmt("document.pages_scanned", {{"count", std::to_string(count)}}), "field." + key + ".pages");
        mutedText(ctx, ctx.t("document.tap_to_view"));
        pageThumbnails(ctx, key, *pages);
        const auto& open = ctx.state.openPage;
        if (open && open->key == key && open->index < count &&
            openPageView(ctx, key, open->index, (*pages)[open->index], scanner != nullptr && !scanner->busy())) {
            ctx.state.retaking = open;
            action = core::act::TakeDocumentPage{key};
        }
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
        if (count == 0) mutedText(ctx, ctx.t("document.how"), "field." + key + ".how");  // read aloud too
        if (const Error* error = scanner->error(key)) {
            // Not in a panel: the form page may already draw one around the field.
            errorText(ctx, scanProblem(ctx, *error), "field." + key + ".error");
            paragraph(ctx, ctx.t("document.try_again"));
        }
        if (button(ctx, "field." + key + ".scan", ctx.t(count == 0 ? "document.scan" : "document.scan_more"),
                   ButtonStyle::Secondary, ctx.theme.px(14.0f), !scanner->busy())) {
            ctx.state.openPage.reset();  // a new page goes at the end, not in place of the open one
            ctx.state.retaking.reset();
            action = core::act::TakeDocumentPage{key};
        }
    }
    if (count > 0 && !busyHere &&
        button(ctx, "field." + key + ".remove", ctx.t("document.remove_last"), ButtonStyle::Secondary,
               ctx.theme.px(14.0f))) {
        action = core::act::RemoveDocumentPage{key};
        if (ctx.state.openPage && ctx.state.openPage->key == key) ctx.state.openPage.reset();
    }
    return action;
}

}  // namespace kiosk::ui

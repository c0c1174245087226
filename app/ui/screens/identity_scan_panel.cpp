// The scan panel talks to the capture worker directly (take, restart): the device and its
// pictures are not session data, so they are kept out of core::Session and its actions; only
// the identity the citizen accepts becomes an action.
#include "ui/screens/identity_scan_panel.hpp"

#include <chrono>

#include "capture/identity_scan.hpp"
#include "ui/preview_view.hpp"
#include "ui/screens/identity_preview.hpp"
#include "ui/widgets/basic.hpp"

namespace kiosk::ui {
namespace {

using Phase = capture::IdentityScan::Phase;

ImU32 colour(const ImVec4& c, float alpha = 1.0f) {
    return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha));
}

// A drawing of the card side to hold up: the front with its portrait and lines of text, the
// back with the chip-less MRZ band, so an elderly citizen sees which way round to show it.
void cardPicture(UiContext& ctx, int side, float maxWidth) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, maxWidth);
    const float height = width / 1.586f;  // ID-1 card proportions
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + width, at.y + height);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto& c = ctx.colours();
    draw->AddRectFilled(at, end, colour(c.panel), ctx.theme.px(0.6f));
    draw->AddRect(at, end, colour(c.border), ctx.theme.px(0.6f), 0, ctx.theme.px(kBorderEm));
    const auto box = [&](float x0, float y0, float x1, float y1, const ImVec4& tone, float alpha) {
        draw->AddRectFilled(ImVec2(at.x + width * x0, at.y + height * y0),
                            ImVec2(at.x + width * x1, at.y + height * y1), colour(tone, alpha),
                            ctx.theme.px(0.1f));
    };
    if (side == 0) {
        box(0.05f, 0.28f, 0.30f, 0.80f, c.mutedText, 0.45f);  // portrait
        box(0.36f, 0.08f, 0.95f, 0.16f, c.primary, 0.8f);      // title band
        for (int line = 0; line < 5; ++line) {
            const float y = 0.30f + 0.11f * static_cast<float>(line);
            box(0.36f, y, line % 2 ? 0.78f : 0.92f, y + 0.05f, c.text, 0.55f);
        }
        box(0.05f, 0.06f, 0.22f, 0.24f, c.text, 0.8f);  // QR code
    } else {
        box(0.06f, 0.10f, 0.50f, 0.16f, c.text, 0.45f);
        box(0.06f, 0.22f, 0.40f, 0.28f, c.text, 0.45f);
        for (int line = 0; line < 3; ++line) {  // the machine-readable zone
            const float y = 0.62f + 0.11f * static_cast<float>(line);
            box(0.05f, y, 0.95f, y + 0.07f, c.text, 0.8f);
        }
    }
    const std::string label = ctx.t(side == 0 ? "identity.scan.side_front" : "identity.scan.side_back");
    ctx.registry.add(WidgetInfo{"identity.scan.picture", WidgetKind::Image, label, at, end,
                                ImGui::GetWindowDrawList()->GetClipRectMin(),
                                ImGui::GetWindowDrawList()->GetClipRectMax()});
    ImGui::Dummy(ImVec2(width, height));
    mutedText(ctx, label);
}

// The side to show, beside the camera's live picture when there is one (below it when the
// screen is too narrow for both).
void sidePictures(UiContext& ctx, capture::IdentityScan& scan) {
    const int side = scan.side();
    capture::PreviewStream* stream = scan.preview();
    if (!stream || !ctx.preview || !ctx.preview->available()) {
        cardPicture(ctx, side, ctx.theme.px(14.0f));
        return;
    }
    const float room = ImGui::GetContentRegionAvail().x;
    const float gap = ctx.theme.px(0.8f);
    const float previewWidth = std::min(room, ctx.theme.px(20.0f));
    const bool beside = room - previewWidth - gap >= ctx.theme.px(7.0f);
    ImGui::BeginGroup();
    livePreview(ctx, *stream, side, previewWidth);
    ImGui::EndGroup();
    if (beside) ImGui::SameLine(0.0f, gap);
    ImGui::BeginGroup();
    cardPicture(ctx, side, beside ? std::min(ctx.theme.px(10.0f), room - previewWidth - gap) : ctx.theme.px(10.0f));
    ImGui::EndGroup();
}

void progressBar(UiContext& ctx, float fraction, const std::string& status) {
    paragraph(ctx, status, "identity.scan.status");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::ProgressBar(fraction, ImVec2(-1.0f, ctx.theme.px(1.0f)), "");
    ctx.registry.add(WidgetInfo{"identity.scan.progress", WidgetKind::Image,
                                std::to_string(static_cast<int>(fraction * 100.0f)) + "%", at,
                                ImVec2(at.x + ImGui::GetItemRectSize().x, at.y + ImGui::GetItemRectSize().y),
                                ImGui::GetWindowDrawList()->GetClipRectMin(),
                                ImGui::GetWindowDrawList()->GetClipRectMax()});
}

// The fields read, each on its own line, for the citizen to check before they are used.
void fieldsRead(UiContext& ctx, const scanners::Identity& id) {
    const struct {
        const char* key;
        const scanners::IdentityField& field;
    } rows[] = {{"full_name", id.fullName}, {"id_number", id.idNumber}, {"dob", id.dob},
                {"sex", id.sex},            {"address", id.address},    {"issue_date", id.issueDate}};
    for (const auto& row : rows) {
        if (row.field.value.empty()) continue;
        const std::string key = row.key;
        mutedText(ctx, ctx.t("identity." + key));
        paragraph(ctx, row.field.value, "identity.scan.read." + key);
    }
    const std::string place = scanners::issuePlaceFor(id.cardType);
    if (!place.empty()) {
        mutedText(ctx, ctx.t("identity.scan.issue_place"));
        paragraph(ctx, place, "identity.scan.read.issue_place");
    }
    for (size_t i = 0; i < id.warnings.size(); ++i) {
        mutedText(ctx, id.warnings[i], "identity.scan.warning." + std::to_string(i));
    }
}

}  // namespace

MaybeAction drawIdentityScanPanel(UiContext& ctx) {
    capture::IdentityScan* scan = ctx.scan;
    if (!scan) return std::nullopt;
    const auto now = std::chrono::steady_clock::now();
    MaybeAction action;
    beginPanel(ctx);
    subheading(ctx, ctx.t("identity.scan.title"), "identity.scan.title");
    switch (scan->phase()) {
        case Phase::ShowFront:
        case Phase::ShowBack: {
            const int side = scan->side();
            const bool scanner = ctx.config.kiosk.capture.backend == config::CaptureBackend::Sane;
            const std::string how = scanner ? "_scanner" : "";
            paragraph(ctx, ctx.t((side == 0 ? "identity.scan.show_front" : "identity.scan.show_back") + how),
                      "identity.scan.instruction");
            sidePictures(ctx, *scan);
            if (button(ctx, "identity.scan.take", ctx.t((side == 0 ? "identity.scan.take_front" : "identity.scan.take_back") + how))) {
                scan->take(now);
            }
            if (side == 1 && button(ctx, "identity.scan.front_only", ctx.t("identity.scan.front_only"), ButtonStyle::Secondary)) {
                scan->readFrontOnly(now);
            }
            break;
        }
        case Phase::Taking:
            progressBar(ctx, scan->progress(now), ctx.t(scan->side() == 0 ? "identity.scan.taking_front" : "identity.scan.taking_back"));
            break;
        case Phase::Reading:
            progressBar(ctx, scan->progress(now), ctx.t("identity.scan.reading"));
            break;
        case Phase::Review:
            paragraph(ctx, ctx.t("identity.scan.review"), "identity.scan.instruction");
            fieldsRead(ctx, scan->identity());
            if (button(ctx, "identity.scan.use", ctx.t("identity.scan.use"))) {
                action = core::act::ApplyIdentity{scan->accept()};
            }
            if (button(ctx, "identity.scan.again", ctx.t("identity.scan.again"), ButtonStyle::Secondary)) scan->restart();
            break;
        case Phase::Failed:
            paragraph(ctx, scan->error().message, "identity.scan.error");
            mutedText(ctx, ctx.t("identity.scan.type_instead"));
            if (button(ctx, "identity.scan.again", ctx.t("identity.scan.again"), ButtonStyle::Secondary)) scan->restart();
            break;
    }
    endPanel(ctx, scan->phase() == Phase::Failed ? PanelTone::Error : PanelTone::Notice);
    return action;
}

}  // namespace kiosk::ui

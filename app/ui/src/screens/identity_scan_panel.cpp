// The scan panel talks to the capture worker directly (take, restart): the device and its
// pictures are not session data, so they are kept out of core::Session and its actions; only
// the identity the citizen accepts becomes an action.
#include "screens/identity_scan_panel.hpp"

#include <chrono>

#include "kiosk/capture/identity_scan.hpp"
#include "screens/identity_preview.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

using Phase = capture::IdentityScan::Phase;

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

// Pads the panel up to the height it had while showing a side (UiState::cardPanelHeight).
void keepShownHeight(UiContext& ctx, float top) {
    const float used = ImGui::GetCursorPosY() - top;
    if (used < ctx.state.cardPanelHeight) ImGui::Dummy(ImVec2(1.0f, ctx.state.cardPanelHeight - used));
}

}  // namespace

MaybeAction drawIdentityScanPanel(UiContext& ctx) {
    capture::IdentityScan* scan = ctx.scan;
    if (!scan) return std::nullopt;
    const auto now = ctx.now;
    MaybeAction action;
    beginPanel(ctx);
    subheading(ctx, ctx.t("identity.scan.title"), "identity.scan.title");
    const float top = ImGui::GetCursorPosY();
    switch (scan->phase()) {
        case Phase::ShowFront:
        case Phase::ShowBack: {
            const int side = scan->side();
            const bool scanner = ctx.config.kiosk.capture.backend == config::CaptureBackend::Sane;
            const std::string how = scanner ? "_scanner" : "";
            // Once a card's details are used the step says so in bold, and scanning again becomes
            // the secondary choice: "Tiếp tục" in the bar is what comes next.
            const auto& read = ctx.session.identity.fullName;
            const bool used = side == 0 && !read.value.empty() && read.source != scanners::FieldSource::Typed &&
                              read.source != scanners::FieldSource::None;
            if (used) subheading(ctx, ctx.fmt("identity.scan.used", {{"name", read.value}}), "identity.scan.used");
            paragraph(ctx, ctx.t((side == 0 ? "identity.scan.show_front" : "identity.scan.show_back") + how),
                      "identity.scan.instruction");
            sidePictures(ctx, *scan);
            if (button(ctx, "identity.scan.take", ctx.t((side == 0 ? "identity.scan.take_front" : "identity.scan.take_back") + how),
                       used ? ButtonStyle::Secondary : ButtonStyle::Primary)) {
                action = core::act::TakeCardPicture{};
            }
            if (side == 1 && button(ctx, "identity.scan.front_only", ctx.t("identity.scan.front_only"), ButtonStyle::Secondary)) {
                action = core::act::ReadCardFront{};
            }
            ctx.state.cardPanelHeight = ImGui::GetCursorPosY() - top;
            break;
        }
        case Phase::Taking:
            progressBar(ctx, scan->progress(now), ctx.t(scan->side() == 0 ? "identity.scan.taking_front" : "identity.scan.taking_back"));
            keepShownHeight(ctx, top);
            break;
        case Phase::Reading:
            progressBar(ctx, scan->progress(now), ctx.t("identity.scan.reading"));
            keepShownHeight(ctx, top);
            break;
        case Phase::Review:
            paragraph(ctx, ctx.t("identity.scan.review"), "identity.scan.instruction");
            fieldsRead(ctx, scan->identity());
            // "Dùng thông tin này" is the bottom bar's main button (identity.cpp).
            if (button(ctx, "identity.scan.again", ctx.t("identity.scan.again"), ButtonStyle::Secondary)) {
                action = core::act::ScanCardAgain{};
            }
            break;
        case Phase::Failed:
            paragraph(ctx, scan->error().message, "identity.scan.error");
            mutedText(ctx, ctx.t("identity.scan.type_instead"));
            if (button(ctx, "identity.scan.again", ctx.t("identity.scan.again"), ButtonStyle::Secondary)) {
                action = core::act::ScanCardAgain{};
            }
            break;
    }
    endPanel(ctx, scan->phase() == Phase::Failed ? PanelTone::Error : PanelTone::Notice);
    return action;
}

}  // namespace kiosk::ui

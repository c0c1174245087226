#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/capture/keyboard_qr.hpp"
#include "kiosk/core/assist.hpp"
#include "kiosk/core/identity_input.hpp"
#include "layout.hpp"
#include "screens/identity_scan_panel.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/desk_grid.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

struct PartView {
    core::IdentityPart part;
    std::string label;
    InputKind kind;
    bool optional;
};

// Sex is stored as printed on the card ("Nam" / "Nữ"), so a scanned value fits the same box.
MaybeAction sexChoice(UiContext& ctx, const std::string& key) {
    const std::string& current = sessionText(ctx.session, core::TextTarget::Identity, key);
    const std::vector<Option> options{{"nam", ctx.t("identity.sex_male")}, {"nu", ctx.t("identity.sex_female")}};
    const std::string selected = current == "Nam" ? "nam" : current == "Nữ" ? "nu" : "";
    const auto tapped = optionList(ctx, "identity." + key, options, {selected}, false);
    if (!tapped) return std::nullopt;
    return core::act::SetText{core::TextTarget::Identity, key, *tapped == "nam" ? "Nam" : "Nữ"};
}

MaybeAction cardChoice(UiContext& ctx) {
    const std::string& current = sessionText(ctx.session, core::TextTarget::Identity, core::kCardTypeKey);
    const std::vector<Option> options{{core::kCardCanCuoc2024, ctx.t("identity.card_can_cuoc_2024")},
                                      {core::kCardCccd2021, ctx.t("identity.card_cccd_2021")}};
    const auto tapped = optionList(ctx, "identity.card_type", options, {current}, false);
    if (!tapped) return std::nullopt;
    return core::act::SetText{core::TextTarget::Identity, core::kCardTypeKey, *tapped};
}

// A USB QR reader is a keyboard: aimed at the card it types the QR payload into the box that
// has the keyboard. Once a box holds a whole payload, every box is filled from it instead.
MaybeAction typedQrPayload(UiContext& ctx) {
    if (!ctx.config.kiosk.capture.keyboardQr) return std::nullopt;
    for (core::IdentityPart part : core::kIdentityParts) {
        const std::string key(core::identityKey(part));
        if (auto identity = capture::identityFromTypedQr(sessionText(ctx.session, core::TextTarget::Identity, key))) {
            return core::act::ApplyIdentity{std::move(*identity)};
        }
    }
    return std::nullopt;
}

// "Nhập tay": a staff member helping types the identity when the card cannot be read, and says
// why first (into the same boxes below). Not offered once a card was read, nor to a citizen alone.
MaybeAction typedByStaff(UiContext& ctx) {
    const auto& s = ctx.session;
    if (s.assistedBy.empty() || s.identityFromCard) return std::nullopt;
    std::vector<Option> reasons;
    for (const auto code : core::kTypedIdentityReasons) {
        const std::string words = "assist.reason_" + std::string(code);  // one locale key per code
        reasons.push_back({std::string(code), ctx.t(words)});
    }
    const std::string key(core::kTypedIdentityReasonKey);
    if (ctx.state.scrollTo == key) {
        ImGui::SetScrollHereY(0.1f);
        ctx.state.scrollTo.clear();
    }
    beginPanel(ctx);
    subheading(ctx, ctx.t("assist.typed_title"), "label.identity.typed_reason");
    paragraph(ctx, ctx.t("assist.typed_help"));
    const bool error = inlineErrors(ctx, key);
    const auto tapped = optionList(ctx, "identity.typed_reason", reasons, {s.typedIdentityReason}, false);
    endPanel(ctx, error ? PanelTone::Error : PanelTone::Notice);
    if (!tapped) return std::nullopt;
    return core::act::TypeIdentityByHand{*tapped};
}

}  // namespace

MaybeAction drawIdentity(UiContext& ctx) {
    const std::vector<PartView> parts{
        {core::IdentityPart::FullName, ctx.t("identity.full_name"), InputKind::Text, false},
        {core::IdentityPart::IdNumber, ctx.t("identity.id_number"), InputKind::Digits, false},
        {core::IdentityPart::Dob, ctx.t("identity.dob"), InputKind::Date, true},
        {core::IdentityPart::Sex, ctx.t("identity.sex"), InputKind::Text, true},
        {core::IdentityPart::Address, ctx.t("identity.address"), InputKind::Text, true},
        {core::IdentityPart::IssueDate, ctx.t("identity.issue_date"), InputKind::Date, true},
    };
    MaybeAction action = typedQrPayload(ctx);
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("identity.title"));
        paragraph(ctx, ctx.t("identity.help"));
        if (auto scanned = drawIdentityScanPanel(ctx)) action = std::move(scanned);
        errorSummary(ctx);
        if (auto reason = typedByStaff(ctx)) action = std::move(reason);
        DeskGrid grid(ctx);
        for (const auto& view : parts) {
            grid.cell();
            const std::string key(core::identityKey(view.part));
            if (ctx.state.scrollTo == key) {
                ImGui::SetScrollHereY(0.1f);
                ctx.state.scrollTo.clear();
            }
            subheading(ctx, view.optional ? view.label + " " + ctx.t("field.optional") : view.label,
                       "label.identity." + key);
            if (view.part == core::IdentityPart::IdNumber) mutedText(ctx, ctx.t("identity.id_number_help"));
            const bool error = inlineErrors(ctx, key);
            if (view.part == core::IdentityPart::Sex) {
                if (auto tapped = sexChoice(ctx, key)) action = std::move(tapped);
            } else {
                textInput(ctx, "identity." + key, core::TextTarget::Identity, key, view.kind, error);
            }
            ImGui::Dummy(ImVec2(1, ctx.theme.px(0.6f)));
        }
        grid.cell();
        subheading(ctx, ctx.t("identity.card_type") + " " + ctx.t("field.optional"), "label.identity.card_type");
        mutedText(ctx, ctx.t("identity.card_type_help"));
        if (auto tapped = cardChoice(ctx)) action = std::move(tapped);
    }
    // A card just read waits for the citizen's yes: that is the main button, in the bar where
    // "Tiếp tục" usually is, never below the fold; once used, the panel says so.
    const bool review = ctx.scan != nullptr && ctx.scan->phase() == capture::IdentityScan::Phase::Review;
    switch (navBar(ctx, ctx.t("nav.back"), ctx.t(review ? "identity.scan.use" : "nav.continue"),
                   review ? "identity.scan.use" : "nav.continue")) {
        case NavChoice::Back: action = core::act::Back{}; break;
        case NavChoice::Continue:
            action = review ? core::Action{core::act::ApplyIdentity{ctx.scan->accept()}} : core::Action{core::act::Continue{}};
            break;
        case NavChoice::None: break;
    }
    return action;
}

}  // namespace kiosk::ui

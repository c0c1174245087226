// "Quét hộ chiếu" on a form page: the photo page is taken with the identity step's device and
// its machine-readable zone read on the scan worker; what was read is shown line by line for the
// citizen to compare with the passport, and used only when they say so ("Dùng thông tin này" in
// the bottom bar, screens/form_page.cpp). The page's boxes below stay for typing and correcting.
#include <algorithm>

#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/core/passport.hpp"
#include "widgets/basic.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

using Phase = capture::IdentityScan::Phase;
using forms::PassportPart;

constexpr PassportPart kPartsShown[] = {PassportPart::Surname, PassportPart::GivenNames, PassportPart::Nationality,
                                        PassportPart::Dob,     PassportPart::Sex,        PassportPart::Number,
                                        PassportPart::Expiry};

const char* partName(PassportPart part) {
    switch (part) {
        case PassportPart::Surname: return "surname";
        case PassportPart::GivenNames: return "given_names";
        case PassportPart::Nationality: return "nationality";
        case PassportPart::Dob: return "dob";
        case PassportPart::Sex: return "sex";
        case PassportPart::Number: return "number";
        case PassportPart::Expiry: return "expiry";
        case PassportPart::None: break;
    }
    return "";
}

// The line as the citizen compares it with the passport: a country's name with its code, the
// sex in words; a part the zone left empty says so.
std::string shownValue(UiContext& ctx, const scanners::TravelDocument& document, PassportPart part) {
    if (part == PassportPart::Nationality) {
        const std::string_view name = core::countryName(document.nationality, ctx.session.lang);
        if (name.empty()) return ctx.fmt("passport.country_unknown", {{"code", document.nationality}});
        return ctx.fmt("passport.country", {{"name", std::string(name)}, {"code", document.nationality}});
    }
    const std::string value = core::passportValue(document, part);
    if (part == PassportPart::Sex && !value.empty())
        return ctx.t(value == "nam" ? "passport.sex_male" : "passport.sex_female");
    return value.empty() ? ctx.t("passport.not_read") : value;
}

void linesRead(UiContext& ctx, const std::string& key, const scanners::TravelDocument& document) {
    const auto doubtful = core::partsToCheck(document);
    for (const PassportPart part : kPartsShown) {
        const std::string name = partName(part);
        const bool check = std::find(doubtful.begin(), doubtful.end(), part) != doubtful.end();
        // "Họ:" and its value on one line: seven short lines fit above the fold to compare.
        mutedText(ctx, ctx.t("passport.part." + name) + ":");
        ImGui::SameLine();
        paragraph(ctx, shownValue(ctx, document, part), "field." + key + ".read." + name);
        if (check) {
            ImGui::SameLine();
            errorText(ctx, ctx.t("passport.check_this"), "field." + key + ".read." + name + ".check");
        }
    }
    paragraph(ctx, ctx.t("passport.no_diacritics"), "field." + key + ".no_diacritics");
}

void progress(UiContext& ctx, const std::string& key, const capture::IdentityScan& scan, const std::string& status) {
    paragraph(ctx, status, "field." + key + ".status");
    ImGui::ProgressBar(scan.progress(ctx.now), ImVec2(-1.0f, ctx.theme.px(1.0f)), "");
}

// The device's own words speak of cards; the slot says it of a passport.
std::string problem(UiContext& ctx, const Error& error) {
    if (error.code == "capture.no_device") return ctx.t("passport.no_device");
    if (error.code == "passport.no_zone") return ctx.t("passport.no_zone");
    if (error.code == "scan.timeout") return ctx.t("passport.timeout");
    return error.message;
}

// Before a read, or after one was used: how to lay the page, and the button.
MaybeAction ready(UiContext& ctx, const std::string& key, bool scanner) {
    const auto it = ctx.session.answers.find(key);
    const std::string used = it == ctx.session.answers.end() ? "" : it->second;
    if (used == forms::kPassportRead) subheading(ctx, ctx.t("passport.used"), "field." + key + ".used");
    if (used == forms::kPassportReadUnverified)
        errorText(ctx, ctx.t("passport.used_unverified"), "field." + key + ".used");
    // Once used, scanning again is the secondary choice: the boxes below are what comes next.
    if (used.empty()) {
        paragraph(ctx, ctx.t(scanner ? "passport.show_scanner" : "passport.show_camera"),
                  "field." + key + ".instruction");
    }
    if (button(ctx, "field." + key + ".scan", ctx.t(used.empty() ? "passport.take" : "passport.take_again"),
               used.empty() ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
        return core::act::TakePassportPicture{key};
    }
    return std::nullopt;
}

}  // namespace

MaybeAction passportSlot(UiContext& ctx, const std::string& key) {
    capture::IdentityScan* scan = ctx.scan;
    beginPanel(ctx);
    if (scan == nullptr) {
        paragraph(ctx, ctx.t("passport.type_it"), "field." + key + ".instruction");
        endPanel(ctx, PanelTone::Notice);
        return std::nullopt;
    }
    // The identity step's device is this page's alone while it is on screen (leaving it forgets
    // the card or passport); a phase of a card read cannot show here.
    const bool reading = scan->target() == capture::IdentityScan::Target::Passport;
    const Phase phase = reading ? scan->phase() : Phase::ShowFront;
    const bool scanner = ctx.config.kiosk.capture.backend == config::CaptureBackend::Sane;
    MaybeAction action;
    PanelTone tone = PanelTone::Notice;
    switch (phase) {
        case Phase::ShowFront:
        case Phase::ShowBack: {
            action = ready(ctx, key, scanner);
            // A read used after the warning keeps the warning's red edge while the boxes are checked.
            const auto used = ctx.session.answers.find(key);
            if (used != ctx.session.answers.end() && used->second == forms::kPassportReadUnverified) {
                tone = PanelTone::Error;
            }
            break;
        }
        case Phase::Taking: progress(ctx, key, *scan, ctx.t("passport.taking")); break;
        case Phase::Reading: progress(ctx, key, *scan, ctx.t("passport.reading")); break;
        case Phase::Review: {
            const scanners::TravelDocument* document = scan->document();
            if (document == nullptr) break;
            if (core::passportNeedsCheck(*document)) {
                errorText(ctx, ctx.t("passport.needs_check"), "field." + key + ".needs_check");
                tone = PanelTone::Error;
            } else {
                paragraph(ctx, ctx.t("passport.review"), "field." + key + ".review");
            }
            linesRead(ctx, key, *document);
            // "Dùng thông tin này" is the bottom bar's main button (form_page.cpp).
            if (button(ctx, "field." + key + ".again", ctx.t("passport.again"), ButtonStyle::Secondary)) {
                action = core::act::ScanCardAgain{};
            }
            break;
        }
        case Phase::Failed:
            errorText(ctx, problem(ctx, scan->error()), "field." + key + ".error");
            mutedText(ctx, ctx.t("passport.type_instead"));
            if (button(ctx, "field." + key + ".again", ctx.t("passport.again"), ButtonStyle::Secondary)) {
                action = core::act::ScanCardAgain{};
            }
            tone = PanelTone::Error;
            break;
    }
    endPanel(ctx, tone);
    return action;
}

}  // namespace kiosk::ui

#include "widgets/form_inputs.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

#include "answer_text.hpp"
#include "picker.hpp"
#include "widgets/basic.hpp"
#include "widgets/record.hpp"

namespace kiosk::ui {
namespace {

const std::string& answerOf(const core::Session& s, const std::string& key) {
    static const std::string none;
    const auto it = s.answers.find(key);
    return it == s.answers.end() ? none : it->second;
}

// One stored point "x,y"; nullopt when either number is missing (the answer comes from outside
// the screen: a restored session, a test).
std::optional<ImVec2> parsePoint(const std::string& text) {
    const char* start = text.c_str();
    char* end = nullptr;
    const float x = std::strtof(start, &end);
    if (end == start || *end != ',') return std::nullopt;
    const char* second = end + 1;
    const float y = std::strtof(second, &end);
    if (end == second) return std::nullopt;
    return ImVec2(x, y);
}

std::vector<std::vector<ImVec2>> parseStrokes(const std::string& value) {
    std::vector<std::vector<ImVec2>> strokes(1);
    size_t i = 0;
    while (i < value.size()) {
        const size_t end = std::min(value.find_first_of(" ;", i), value.size());
        if (const auto point = parsePoint(value.substr(i, end - i))) strokes.back().push_back(*point);
        if (end < value.size() && value[end] == ';') strokes.emplace_back();
        i = end + 1;
    }
    return strokes;
}

std::string formatStroke(const std::vector<ImVec2>& points) {
    std::string out;
    char buf[32];
    for (const auto& p : points) {
        std::snprintf(buf, sizeof buf, "%.3f,%.3f", static_cast<double>(p.x), static_cast<double>(p.y));
        if (!out.empty()) out += ' ';
        out += buf;
    }
    return out;
}

void drawStroke(ImDrawList* dl, const std::vector<ImVec2>& points, ImVec2 min, ImVec2 size,
                ImU32 colour, float thickness) {
    std::vector<ImVec2> screen;
    screen.reserve(points.size());
    for (const auto& p : points) screen.push_back(ImVec2(min.x + p.x * size.x, min.y + p.y * size.y));
    if (screen.size() == 1) dl->AddCircleFilled(screen[0], thickness * 0.5f, colour);
    else dl->AddPolyline(screen.data(), static_cast<int>(screen.size()), colour, 0, thickness);
}

// The service's first address question (the applicant's own, by the order of the forms), or "".
std::string firstAddressKey(const forms::Service& service) {
    for (const auto& page : service.pages) {
        if (page.repeat) continue;
        for (const auto& field : page.fields) {
            if (field.type == forms::FieldType::Address) return field.id;
        }
    }
    return {};
}

// "Giống địa chỉ của tôi" on every address after the first, once the first has a province: the
// mother often lives where the applicant does, and the address is then one tap, not three.
MaybeAction sameAddressButton(UiContext& ctx, const std::string& key) {
    const std::string first = firstAddressKey(*ctx.session.service);
    if (first.empty() || first == key || answerOf(ctx.session, first + ".province").empty()) return std::nullopt;
    const std::string mine = addressText(ctx, first);
    if (addressText(ctx, key) == mine) {
        mutedText(ctx, ctx.fmt("address.same_done", {{"address", mine}}), "field." + key + ".same_done");
        return std::nullopt;
    }
    if (button(ctx, "field." + key + ".same", ctx.t("address.same_as_mine"), ButtonStyle::Secondary)) {
        return core::act::CopyAddress{first, key};
    }
    mutedText(ctx, mine);
    return std::nullopt;
}

}  // namespace

const std::string& sessionText(const core::Session& s, core::TextTarget target,
                               const std::string& key) {
    static const std::string none;
    switch (target) {
        case core::TextTarget::Answer: return answerOf(s, key);
        case core::TextTarget::Identity: {
            const auto it = s.identityInput.find(key);
            return it == s.identityInput.end() ? none : it->second;
        }
        case core::TextTarget::Search: return s.search;
        case core::TextTarget::LookupCode: return s.lookupCode;
        case core::TextTarget::LookupSecret: return s.lookupSecret;
        case core::TextTarget::StaffOperator: return s.staffOperatorInput;
        case core::TextTarget::StaffPin: return s.staffPinInput;
        case core::TextTarget::PostAddress: return s.postAddress;
    }
    return none;
}

void textInput(UiContext& ctx, const std::string& id, core::TextTarget target,
               const std::string& key, InputKind kind, bool error, size_t maxChars) {
    const auto& focus = ctx.state.focus;
    const bool focused = focus && focus->target == target && focus->key == key;
    std::string shown = sessionText(ctx.session, target, key);
    if (kind == InputKind::Pin) shown = std::string(shown.size(), '*');
    if (focused && ctx.state.scrollToFocus) {
        // The keyboard now covers the lower part of the screen: keep the box above it.
        ImGui::SetScrollHereY(0.25f);
        ctx.state.scrollToFocus = false;
    }
    if (textBox(ctx, id, shown, ctx.t("field.tap_to_type"), focused, error)) {
        ctx.state.focus = Focus{target, key, kind, maxChars};
        ctx.state.shift = shown.empty();
        ctx.state.caps = false;
        // The on-screen keyboard is about to cover the lower part of the screen; at the desk
        // nothing covers it, and a box reached by Tab is brought into view where it is drawn.
        ctx.state.scrollToFocus = !ctx.state.deskKeys;
    }
}

MaybeAction signaturePad(UiContext& ctx, const std::string& key, bool error) {
    const Theme& th = ctx.theme;
    const std::string& value = answerOf(ctx.session, key);
    const ImVec2 size(fillWidth(), th.px(kSignatureEm));
    const std::string id = "field." + key;
    ImGui::InvisibleButton(id.c_str(), size);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const Palette& c = ctx.colours();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, ImGui::GetColorU32(c.background), th.px(kRoundingEm));
    dl->AddRect(min, max, ImGui::GetColorU32(error ? c.error : c.border), th.px(kRoundingEm), 0,
                th.px(2 * kBorderEm));
    const ImU32 ink = ImGui::GetColorU32(c.text);
    for (const auto& stroke : parseStrokes(value)) drawStroke(dl, stroke, min, size, ink, th.px(0.12f));

    MaybeAction action;
    auto& state = ctx.state;
    if (ImGui::IsItemActive()) {
        state.strokeKey = key;
        const ImVec2 m = ImGui::GetIO().MousePos;
        const ImVec2 p(std::clamp((m.x - min.x) / size.x, 0.0f, 1.0f),
                       std::clamp((m.y - min.y) / size.y, 0.0f, 1.0f));
        if (state.stroke.empty() || std::abs(p.x - state.stroke.back().x) + std::abs(p.y - state.stroke.back().y) > 0.004f) {
            state.stroke.push_back(p);
        }
    }
    if (state.strokeKey == key) {
        drawStroke(dl, state.stroke, min, size, ink, th.px(0.12f));
        if (!ImGui::IsItemActive()) {
            const std::string stroke = formatStroke(state.stroke);
            action = core::act::SetText{core::TextTarget::Answer, key,
                                        value.empty() ? stroke : value + ";" + stroke};
            state.stroke.clear();
            state.strokeKey.clear();
        }
    }
    record(ctx, id, WidgetKind::SignaturePad, ctx.t("signature.sign_here"), min, max);
    if (value.empty()) {
        mutedText(ctx, ctx.t("signature.sign_here"));
    } else if (button(ctx, id + ".clear", ctx.t("signature.clear"), ButtonStyle::Secondary, th.px(10.0f))) {
        action = core::act::SetText{core::TextTarget::Answer, key, ""};
    }
    return action;
}

MaybeAction addressField(UiContext& ctx, const std::string& key) {
    const std::string& provinceCode = answerOf(ctx.session, key + ".province");
    const std::string& communeCode = answerOf(ctx.session, key + ".commune");
    const forms::Province* province = ctx.config.units.findProvince(provinceCode);
    std::string communeName;
    if (province != nullptr) {
        for (const auto& c : province->communes) {
            if (c.code == communeCode) communeName = c.name;
        }
    }
    MaybeAction action = sameAddressButton(ctx, key);
    mutedText(ctx, ctx.t("address.province"));
    if (button(ctx, "field." + key + ".province",
               province != nullptr ? province->name : ctx.t("address.choose_province"),
               ButtonStyle::ListItem)) {
        openPicker(ctx, key, PickerLevel::Province);
    }
    mutedText(ctx, ctx.t("address.commune"));
    if (button(ctx, "field." + key + ".commune",
               communeName.empty() ? ctx.t("address.choose_commune") : communeName,
               ButtonStyle::ListItem, 0.0f, province != nullptr)) {
        openPicker(ctx, key, PickerLevel::Commune);
    }
    mutedText(ctx, ctx.t("address.street"));
    textInput(ctx, "field." + key + ".street", core::TextTarget::Answer, key + ".street",
              InputKind::Text, hasError(ctx, key + ".street"));
    return action;
}

}  // namespace kiosk::ui

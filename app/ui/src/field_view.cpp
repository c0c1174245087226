#include "field_view.hpp"

#include <algorithm>
#include <sstream>

#include "answer_text.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/forms/values.hpp"
#include "picker.hpp"
#include "text_suggestions.hpp"
#include "widgets/basic.hpp"
#include "widgets/desk_grid.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

// In the desk's two columns (DeskGrid) these take the full width: a document slot shows its
// pages, a signature needs room to sign, a note several lines, and a paragraph reads as one.
bool needsFullWidth(const forms::Field& field) {
    using forms::FieldType;
    return field.type == FieldType::Document || field.type == FieldType::Passport ||
           field.type == FieldType::Signature || field.type == FieldType::LongText || field.type == FieldType::Info;
}

InputKind inputKindOf(forms::FieldType type) {
    switch (type) {
        case forms::FieldType::Integer:
        case forms::FieldType::Money: return InputKind::Number;
        case forms::FieldType::Date: return InputKind::Date;
        case forms::FieldType::Phone: return InputKind::Phone;
        case forms::FieldType::PersonalId: return InputKind::Digits;
        case forms::FieldType::Email: return InputKind::Plain;
        default: return InputKind::Text;
    }
}

std::vector<std::string> splitWords(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// A list with likely answers: those (and the answer given, if another) as buttons, then one
// button opening the whole list with a search box, instead of 54 radio buttons to scroll past.
MaybeAction shortChoiceInput(UiContext& ctx, const forms::Field& field, const forms::ChoiceList& list,
                             const std::string& key, const std::string& current) {
    const auto options = choiceOptions(ctx, field);
    std::vector<Option> shown;
    auto show = [&](const std::string& id) {
        for (const auto& option : options) {
            if (option.id == id) shown.push_back(option);
        }
    };
    for (const auto& id : list.common) show(id);  // in the config's order: the likeliest first
    if (std::find(list.common.begin(), list.common.end(), current) == list.common.end()) show(current);
    const auto tapped = optionList(ctx, "field." + key, shown, {current}, false);
    if (button(ctx, "field." + key + ".more", ctx.t("choice.more"), ButtonStyle::Secondary)) {
        openPicker(ctx, key, PickerLevel::Choice);
        ctx.state.pickerList = list.id;
        ctx.state.pickerTitle = ctx.text(field.label);
    }
    if (!tapped) return std::nullopt;
    return core::act::SetText{core::TextTarget::Answer, key, *tapped};
}

MaybeAction choiceInput(UiContext& ctx, const forms::Field& field, const std::string& key) {
    const auto it = ctx.session.answers.find(key);
    const std::string current = it == ctx.session.answers.end() ? "" : it->second;
    const bool multi = field.type == forms::FieldType::MultiChoice;
    const forms::ChoiceList* list =
        field.choices.empty() ? nullptr : ctx.config.findChoices(*ctx.session.service, field.choices);
    if (!multi && list != nullptr && !list->common.empty()) return shortChoiceInput(ctx, field, *list, key, current);
    auto selected = multi ? splitWords(current) : std::vector<std::string>{current};
    const auto tapped = optionList(ctx, "field." + key, choiceOptions(ctx, field), selected, multi);
    if (!tapped) return std::nullopt;
    std::string value = *tapped;
    if (multi) {
        // Toggle the tapped id, keeping the list's order.
        value.clear();
        for (const auto& option : choiceOptions(ctx, field)) {
            const bool was = std::find(selected.begin(), selected.end(), option.id) != selected.end();
            if (was != (option.id == *tapped)) value += (value.empty() ? "" : " ") + option.id;
        }
    }
    return core::act::SetText{core::TextTarget::Answer, key, value};
}

MaybeAction input(UiContext& ctx, const forms::Field& field, const std::string& key, bool error) {
    using forms::FieldType;
    switch (field.type) {
        case FieldType::YesNo:
        case FieldType::SingleChoice:
        case FieldType::MultiChoice: return choiceInput(ctx, field, key);
        case FieldType::Address: return addressField(ctx, key);
        case FieldType::Document: return documentSlot(ctx, field, key);
        case FieldType::Passport: return passportSlot(ctx, key);
        case FieldType::Signature: return signaturePad(ctx, key, error);
        case FieldType::Info: return std::nullopt;
        default: break;
    }
    textInput(ctx, "field." + key, core::TextTarget::Answer, key, inputKindOf(field.type), error,
              field.maxLength.value_or(0));
    if (field.suggestPlaces || !field.suggestions.empty()) {
        if (auto chosen = textSuggestions(ctx, field, key)) return chosen;
    }
    if (field.type == FieldType::Date && field.inWords) {
        const auto it = ctx.session.answers.find(key);
        if (it != ctx.session.answers.end()) {
            if (const auto words = dateInWords(ctx, it->second); !words.empty()) mutedText(ctx, words);
        }
    }
    return std::nullopt;
}

}  // namespace

std::vector<Option> choiceOptions(const UiContext& ctx, const forms::Field& field) {
    if (field.type == forms::FieldType::YesNo) {
        return {{"co", ctx.t("answer.yes")}, {"khong", ctx.t("answer.no")}};
    }
    std::vector<Option> out;
    if (const auto* list = ctx.config.findChoices(*ctx.session.service, field.choices)) {
        for (const auto& choice : list->choices) out.push_back({choice.id, ctx.text(choice.label)});
    }
    return out;
}

std::string dateInWords(const UiContext& ctx, const std::string& value) {
    const auto date = forms::parseDate(value);
    if (!date) return {};
    const auto day = static_cast<long long>(static_cast<unsigned>(date->day()));
    const auto month = static_cast<long long>(static_cast<unsigned>(date->month()));
    const auto year = static_cast<long long>(static_cast<int>(date->year()));
    // Dates on civil-status papers say "tháng tư" for April, not "tháng bốn".
    const std::string monthWords = month == 4 ? "tư" : text::numberInWords(month);
    return ctx.fmt("field.date_in_words", {{"day", text::numberInWords(day)},
                                           {"month", monthWords},
                                           {"year", text::numberInWords(year)}});
}

MaybeAction drawField(UiContext& ctx, const forms::Field& field, int repeatIndex) {
    const auto vctx = core::validationContext(ctx.session, ctx.today);
    if (!forms::isVisible(vctx, field, ctx.session.answers, repeatIndex)) return std::nullopt;
    const std::string key = forms::answerKey(field.id, repeatIndex);
    if (ctx.state.scrollTo == key || ctx.state.scrollTo.rfind(key + ".", 0) == 0) {
        ImGui::SetScrollHereY(0.1f);
        ctx.state.scrollTo.clear();
    }
    if (field.type == forms::FieldType::Info) {
        if (!field.label.empty()) subheading(ctx, ctx.text(field.label));
        if (!field.help.empty()) paragraph(ctx, ctx.text(field.help));
        return std::nullopt;
    }
    std::string label = ctx.text(field.label);
    // A passport slot only helps fill the boxes below it: "Hộ chiếu của cha (không bắt buộc)" read
    // as if the passport were not needed, while the papers to bring ask for it.
    const bool helper = field.type == forms::FieldType::Passport;
    if (!field.compute && !helper && !forms::isRequired(vctx, field, ctx.session.answers, repeatIndex)) {
        label.append(" ").append(ctx.t("field.optional"));
    }
    subheading(ctx, label, "label." + key);
    if (!field.help.empty()) mutedText(ctx, ctx.text(field.help));
    const bool error = inlineErrors(ctx, key);
    MaybeAction action;
    if (field.compute) {
        const auto it = ctx.session.answers.find(key);
        paragraph(ctx, it == ctx.session.answers.end() ? ctx.t("field.computed_empty")
                                                       : answerText(ctx, field, key),
                  "field." + key);
    } else {
        action = input(ctx, field, key, error);
    }
    ImGui::Dummy(ImVec2(1, ctx.theme.px(0.6f)));
    return action;
}

MaybeAction drawFields(UiContext& ctx, const std::vector<forms::Field>& fields, int repeatIndex) {
    MaybeAction first;
    DeskGrid grid(ctx);
    const auto vctx = core::validationContext(ctx.session, ctx.today);
    for (const auto& field : fields) {
        if (!forms::isVisible(vctx, field, ctx.session.answers, repeatIndex)) continue;  // no empty cell
        grid.cell(needsFullWidth(field));
        if (auto action = drawField(ctx, field, repeatIndex); action && !first) first = std::move(action);
    }
    return first;
}

}  // namespace kiosk::ui

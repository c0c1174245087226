#include "answer_text.hpp"

#include "field_view.hpp"
#include "kiosk/forms/values.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

const std::string& answerAt(const UiContext& ctx, const std::string& key) {
    static const std::string none;
    const auto it = ctx.session.answers.find(key);
    return it == ctx.session.answers.end() ? none : it->second;
}


std::string choiceText(const UiContext& ctx, const forms::Field& field, const std::string& value) {
    std::string out;
    for (const auto& option : choiceOptions(ctx, field)) {
        const bool chosen = field.type == forms::FieldType::MultiChoice
                                ? (" " + value + " ").find(" " + option.id + " ") != std::string::npos
                                : option.id == value;
        if (chosen) out += (out.empty() ? "" : ", ") + option.label;
    }
    return out.empty() ? value : out;
}

}  // namespace

std::string addressText(const UiContext& ctx, const std::string& key) {
    const std::string& street = answerAt(ctx, key + ".street");
    const forms::Province* province = ctx.config.units.findProvince(answerAt(ctx, key + ".province"));
    std::string out = street;
    auto add = [&](const std::string& part) {
        if (part.empty()) return;
        if (!out.empty()) out += ", ";
        out += part;
    };
    if (province != nullptr) {
        for (const auto& c : province->communes) {
            if (c.code == answerAt(ctx, key + ".commune")) add(c.name);
        }
        add(province->name);
    }
    return out;
}

std::string groupThousands(long long value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<size_t>(at), ".");
    }
    return value < 0 ? "-" + digits : digits;
}

std::string maskedId(const std::string& digits) {
    if (digits.size() <= 4) return digits;
    return std::string(digits.size() - 4, '*') + digits.substr(digits.size() - 4);
}

std::string answerText(const UiContext& ctx, const forms::Field& field, const std::string& key) {
    using forms::FieldType;
    std::string out;
    const std::string& value = answerAt(ctx, key);
    switch (field.type) {
        case FieldType::Address: out = addressText(ctx, key); break;
        case FieldType::YesNo:
        case FieldType::SingleChoice:
        case FieldType::MultiChoice:
            if (!value.empty()) out = choiceText(ctx, field, value);
            break;
        case FieldType::Money:
            if (const auto n = forms::parseInteger(value)) out = ctx.fmt("money.vnd", {{"amount", groupThousands(*n)}});
            else out = value;
            break;
        case FieldType::Signature:
            if (!value.empty()) out = ctx.t("check.signed");
            break;
        case FieldType::Passport:
            out = ctx.t(value == forms::kPassportRead             ? "passport.answer_read"
                        : value == forms::kPassportReadUnverified ? "passport.answer_read_checked"
                                                                  : "passport.answer_typed");
            break;
        case FieldType::Document:
            if (value == kOriginalAtDesk) {
                out = ctx.t("document.original_at_desk");
            } else if (const auto pages = ctx.session.documentPages.find(key); pages != ctx.session.documentPages.end()) {
                out = ctx.fmt("document.pages_scanned", {{"count", std::to_string(pages->second.size())}});
            } else if (!value.empty()) {
                out = ctx.t("check.attached");
            }
            break;
        default: out = value; break;
    }
    return out.empty() ? ctx.t("check.not_provided") : out;
}

}  // namespace kiosk::ui

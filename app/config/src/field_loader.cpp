#include "field_loader.hpp"

#include <algorithm>
#include <regex>

namespace kiosk::config::detail {
namespace {

using forms::FieldType;

const EnumNames<FieldType>& fieldTypeNames() {
    static const EnumNames<FieldType> names{
        {"text", FieldType::Text},
        {"long_text", FieldType::LongText},
        {"integer", FieldType::Integer},
        {"money", FieldType::Money},
        {"date", FieldType::Date},
        {"yes_no", FieldType::YesNo},
        {"single_choice", FieldType::SingleChoice},
        {"multi_choice", FieldType::MultiChoice},
        {"phone", FieldType::Phone},
        {"email", FieldType::Email},
        {"person_name", FieldType::PersonName},
        {"personal_id", FieldType::PersonalId},
        {"address", FieldType::Address},
        {"document", FieldType::Document},
        {"passport", FieldType::Passport},
        {"info", FieldType::Info},
        {"signature", FieldType::Signature},
    };
    return names;
}

const EnumNames<forms::PrefillKey>& prefillNames() {
    using forms::PrefillKey;
    static const EnumNames<PrefillKey> names{
        {"full_name", PrefillKey::FullName}, {"id_number", PrefillKey::IdNumber},
        {"dob", PrefillKey::Dob},            {"sex", PrefillKey::Sex},
        {"address", PrefillKey::Address},    {"issue_date", PrefillKey::IssueDate},
        {"issue_place", PrefillKey::IssuePlace},
    };
    return names;
}

const EnumNames<forms::PassportPart>& passportPartNames() {
    using forms::PassportPart;
    static const EnumNames<PassportPart> names{
        {"surname", PassportPart::Surname},
        {"given_names", PassportPart::GivenNames},
        {"nationality", PassportPart::Nationality},
        {"dob", PassportPart::Dob},
        {"sex", PassportPart::Sex},
        {"number", PassportPart::Number},
        {"expiry", PassportPart::Expiry},
    };
    return names;
}

// The field must hold what the zone gives: names, the nationality and the number as text, the
// dates as dates, the sex as a choice ("nam" / "nu", as in choices.toml's gioi_tinh).
void readPassportPart(TableReader& entry, forms::Field& field, std::optional<FieldType> type) {
    using forms::PassportPart;
    field.fromPassport = entry.oneOf("from_passport", passportPartNames()).value_or(PassportPart::None);
    if (field.fromPassport == PassportPart::None || !type) return;
    const PassportPart part = field.fromPassport;
    const bool name = part == PassportPart::Surname || part == PassportPart::GivenNames;
    const bool date = part == PassportPart::Dob || part == PassportPart::Expiry;
    bool fits = false;
    std::string wanted;
    if (name) {
        fits = type == FieldType::Text || type == FieldType::PersonName;
        wanted = "text, person_name";
    } else if (date) {
        fits = type == FieldType::Date;
        wanted = "date";
    } else if (part == PassportPart::Sex) {
        fits = type == FieldType::SingleChoice;
        wanted = "single_choice";
    } else {
        fits = type == FieldType::Text;
        wanted = "text";
    }
    if (fits) return;
    entry.error("from_passport", "config.wrong_field_type",
                "giá trị này của hộ chiếu không ghi được vào trường loại này / this passport value does not fit "
                "this field's type",
                "dùng type / use type: " + wanted);
}

// A key that means nothing for this field type is a mistake worth stopping for: the
// administrator expected it to do something.
void onlyFor(TableReader& entry, std::string_view key, bool applies, const std::string& types) {
    if (!applies && entry.has(key)) {
        const std::string name(key);
        entry.error(key, "config.not_for_type",
                    "'" + name + "' chỉ dùng cho trường " + types + " / '" + name + "' only applies to " + types +
                        " fields",
                    "bỏ khóa này hoặc đổi type / remove the key or change the type");
    }
}

void requireFor(TableReader& entry, std::string_view key, bool needed, const std::string& type) {
    if (needed && !entry.has(key)) {
        const std::string name(key);
        entry.file().report(entry.at(), entry.pathOf(key), "config.missing_key",
                            "trường " + type + " cần khóa '" + name + "' / a " + type + " field needs '" + name + "'",
                            "thêm vào bảng này / add it to this table");
    }
}

void readBounds(TableReader& entry, forms::Field& field) {
    field.min = entry.number("min");
    field.max = entry.number("max");
    if (field.min && field.max && *field.min > *field.max) {
        entry.error("max", "config.out_of_range", "max nhỏ hơn min / max is less than min");
    }
    const auto readLength = [&](std::string_view key) -> std::optional<size_t> {
        const auto value = entry.integerInRange(key, 0, 100000);
        return value ? std::optional<size_t>(static_cast<size_t>(*value)) : std::nullopt;
    };
    field.minLength = readLength("min_length");
    field.maxLength = readLength("max_length");
    if (field.minLength && field.maxLength && *field.minLength > *field.maxLength) {
        entry.error("max_length", "config.out_of_range", "max_length nhỏ hơn min_length / max_length is less than min_length");
    }
}

void readPattern(TableReader& entry, forms::Field& field) {
    field.pattern = entry.string("pattern").value_or("");
    if (field.pattern.empty()) return;
    try {
        std::regex compiled(field.pattern, std::regex::ECMAScript);
    } catch (const std::regex_error&) {
        entry.error("pattern", "config.bad_pattern",
                    "biểu thức chính quy sai / the regular expression does not compile",
                    "kiểm tra dấu ngoặc và dấu \\; trong TOML viết \\\\ hoặc dùng dấu nháy đơn / check brackets "
                    "and backslashes; in TOML write \\\\ or use single quotes");
    }
}

void checkKeysForType(TableReader& entry, FieldType type) {
    const bool numeric = type == FieldType::Integer || type == FieldType::Money;
    onlyFor(entry, "min", numeric, "integer, money");
    onlyFor(entry, "max", numeric, "integer, money");
    const bool isChoice = type == FieldType::SingleChoice || type == FieldType::MultiChoice;
    onlyFor(entry, "choices", isChoice, "single_choice, multi_choice");
    requireFor(entry, "choices", isChoice, "single_choice/multi_choice");
    onlyFor(entry, "in_words", type == FieldType::Date, "date");
    onlyFor(entry, "document", type == FieldType::Document, "document");
    requireFor(entry, "document", type == FieldType::Document, "document");
    onlyFor(entry, "page_count_field", type == FieldType::Document, "document");
    onlyFor(entry, "dob_field", type == FieldType::PersonalId, "personal_id");
    onlyFor(entry, "sex_field", type == FieldType::PersonalId, "personal_id");
    onlyFor(entry, "default", type == FieldType::SingleChoice || type == FieldType::YesNo, "single_choice, yes_no");
    onlyFor(entry, "suggest_places", type == FieldType::Text, "text");
    onlyFor(entry, "suggestions", type == FieldType::Text, "text");
}

// `default = "vn"`: a yes_no field takes "co" or "khong" (checked here); a choice field takes
// one of its list's options, checked with the list once the whole service is known.
void readDefault(TableReader& entry, forms::Field& field, ServiceReferences& refs) {
    auto answer = entry.string("default");
    if (!answer) return;
    if (field.type == FieldType::YesNo && *answer != "co" && *answer != "khong") {
        entry.error("default", "config.bad_value",
                    "câu có/không chỉ nhận \"co\" hoặc \"khong\" / a yes_no field takes \"co\" or \"khong\"");
    } else if (field.type == FieldType::SingleChoice) {
        refs.choiceDefaults.push_back({field.choices, {*answer, entry.pathOf("default"), entry.valueAt("default")}});
    }
    field.defaultAnswer = std::move(*answer);
}

}  // namespace

forms::ExpressionPtr readExpression(TableReader& entry, std::string_view key, ServiceReferences& refs, Scope scope,
                                    Need need) {
    forms::ExpressionPtr expression = entry.expression(key, need);
    if (expression) refs.expressions.push_back({expression, entry.pathOf(key), entry.valueAt(key), scope});
    return expression;
}

std::string readReference(TableReader& entry, std::string_view key, std::vector<IdReference>& into, Need need) {
    auto id = entry.string(key, need);
    if (!id) return {};
    into.push_back({*id, entry.pathOf(key), entry.valueAt(key)});
    return std::move(*id);
}

forms::Field readField(TableReader& entry, FieldContext& ctx) {
    forms::Field field;
    field.where = forms::SourceLocation{entry.file().name(), entry.at().line, entry.at().column};
    if (auto id = entry.string("id", Need::Required)) {
        if (!isIdentifier(*id)) {
            entry.error("id", "config.bad_id", "id trường '" + *id + "' không hợp lệ / invalid field id '" + *id + "'",
                        "bắt đầu bằng chữ cái, chỉ dùng chữ không dấu, số và '_' / start with a letter, use a-z, "
                        "0-9 and '_'");
        }
        ctx.fieldIds.add(*id, entry.file(), entry.valueAt("id"), entry.pathOf("id"));
        field.id = std::move(*id);
    }
    const auto type = entry.oneOf("type", fieldTypeNames(), Need::Required);
    field.type = type.value_or(FieldType::Text);
    const bool isInfo = type == FieldType::Info;
    field.label = entry.text("label", isInfo || !type ? Need::Optional : Need::Required);
    field.help = entry.text("help");
    field.required = entry.boolean("required").value_or(false);
    field.requiredIf = readExpression(entry, "required_if", ctx.refs, ctx.scope);
    field.visibleIf = readExpression(entry, "visible_if", ctx.refs, ctx.scope);
    field.constraint = readExpression(entry, "constraint", ctx.refs, ctx.scope);
    field.constraintMessage = entry.text("constraint_message");
    if (entry.has("constraint") && !entry.has("constraint_message")) {
        entry.file().report(entry.at(), entry.pathOf("constraint_message"), "config.missing_key",
                            "có constraint thì cần constraint_message / a constraint needs a constraint_message",
                            "viết điều người dân cần sửa / say what the citizen should correct");
    }
    field.compute = readExpression(entry, "compute", ctx.refs, ctx.scope);
    readBounds(entry, field);
    readPattern(entry, field);
    field.choices = readReference(entry, "choices", ctx.refs.choiceLists);
    field.prefill = entry.oneOf("prefill", prefillNames()).value_or(forms::PrefillKey::None);
    field.prefillIf = readExpression(entry, "prefill_if", ctx.refs, ctx.scope);
    if (entry.has("prefill_if") && !entry.has("prefill")) {
        entry.error("prefill_if", "config.missing_key",
                    "prefill_if cần khóa prefill / prefill_if needs a prefill key",
                    "thêm prefill = \"full_name\" (hoặc khác) / add prefill = \"full_name\" (or another)");
    }
    readPassportPart(entry, field, type);
    if (field.fromPassport != forms::PassportPart::None) {
        ctx.refs.passportParts.push_back({field.id, entry.pathOf("from_passport"), entry.valueAt("from_passport")});
    }
    if (type == FieldType::Passport)
        ctx.refs.passportSlots.push_back({field.id, entry.pathOf("type"), entry.valueAt("type")});
    field.inWords = entry.boolean("in_words").value_or(false);
    readDefault(entry, field, ctx.refs);
    field.suggestPlaces = entry.boolean("suggest_places").value_or(false);
    field.suggestions = entry.strings("suggestions").value_or(std::vector<std::string>{});
    if (std::any_of(field.suggestions.begin(), field.suggestions.end(), [](const std::string& s) { return s.empty(); })) {
        entry.error("suggestions", "config.bad_value", "có gợi ý rỗng / a suggestion is empty",
                    "bỏ chuỗi rỗng / remove the empty string");
    }
    field.document = readReference(entry, "document", ctx.refs.documents);
    // On another type the key is already an error; it names nothing to check.
    std::vector<IdReference> notChecked;
    field.pageCountField = readReference(entry, "page_count_field",
                                         field.type == FieldType::Document ? ctx.refs.pageCountFields : notChecked);
    field.dobField = readReference(entry, "dob_field", ctx.refs.dobFields);
    field.sexField = readReference(entry, "sex_field", ctx.refs.sexFields);
    if (type) {
        checkKeysForType(entry, field.type);
    } else {
        ctx.refs.untypedFields.push_back(field.id);
    }
    return field;
}

}  // namespace kiosk::config::detail

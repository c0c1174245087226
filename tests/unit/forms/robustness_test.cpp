// Expressions come from administrators and answers from strangers at a public kiosk: whatever
// text either holds, parsing, evaluation and validation must return an answer, never crash or
// hang. Deterministic random inputs (fixed seed) keep this repeatable under the sanitizers.
#include <doctest/doctest.h>

#include <random>

#include "form_builders.hpp"
#include "kiosk/forms/form_schema.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::field;
using kiosk::forms::test::kToday;

namespace {

const std::vector<std::string> kPieces = {
    "a", "b", "n", "d", ".", "(", ")", ",", "'co'", "\"x\"", "1", "2.5", "0", "-", "+", "*", "/",
    "%", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not", "true", "false", "today()",
    "age(", "days_between(", "date(", "year(", "len(", "count(", "selected(", "contains(",
    "upper(", "lower(", "min(", "max(", "if(", "round(", "sum(", "empty(", "a.street", " ",
    "'", "\xff", "đ", "=", "!", "&&", "1e400", "99999999999999999999"};

std::string randomText(std::mt19937& rng, const std::vector<std::string>& pieces, int maxPieces) {
    std::uniform_int_distribution<int> count(0, maxPieces);
    std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
    std::string out;
    for (int i = count(rng); i > 0; --i) out += pieces[pick(rng)];
    return out;
}

std::string randomBytes(std::mt19937& rng) {
    std::uniform_int_distribution<int> length(0, 24), byte(0, 255);
    std::string out;
    for (int i = length(rng); i > 0; --i) out += static_cast<char>(byte(rng));
    return out;
}

}  // namespace

TEST_CASE("random token soup parses or fails cleanly, and what parses evaluates") {
    std::mt19937 rng(20250615);
    const Service svc = kiosk::forms::test::service({kiosk::forms::test::repeatPage(
        "p", {field("a", FieldType::Integer), field("b", FieldType::YesNo),
              field("d", FieldType::Date), field("n", FieldType::MultiChoice)}, 1, 3)});
    const FormSchema schema(svc);
    const Answers answers{{"a#1", "12"}, {"b#1", "co"}, {"d#1", "29/02/2024"}, {"n#1", "x y"},
                          {"a", "\xff"}, {"a.street", "Thôn 1"}};
    int parsed = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string text = randomText(rng, kPieces, 12);
        const auto result = parseExpression(text);
        if (!result) {
            CHECK(result.error().offset <= text.size());
            continue;
        }
        ++parsed;
        for (const FormSchema* s : {static_cast<const FormSchema*>(nullptr), &schema}) {
            (void)result.value()->evaluate(EvalContext{answers, kToday, "a#1", 1, s});
            (void)result.value()->evaluate(EvalContext{answers, kToday, "", 0, s});
        }
    }
    // The soup must exercise evaluation, not only the error paths.
    CHECK(parsed > 500);
}

TEST_CASE("random bytes as answers to every field type give errors, not crashes") {
    std::mt19937 rng(7);
    std::vector<Field> fields;
    for (const FieldType type :
         {FieldType::Text, FieldType::LongText, FieldType::Integer, FieldType::Money,
          FieldType::Date, FieldType::YesNo, FieldType::SingleChoice, FieldType::MultiChoice,
          FieldType::Phone, FieldType::Email, FieldType::PersonalId, FieldType::Address,
          FieldType::Document, FieldType::Info, FieldType::Signature}) {
        Field f = field("f" + std::to_string(fields.size()), type);
        f.maxLength = 10;
        f.pattern = "[a-z]*";
        f.dobField = "f4";
        f.sexField = "f6";
        fields.push_back(f);
    }
    kiosk::forms::test::OnePage form(fields);
    form.units.provinces = {{"66", "Tỉnh Đắk Lắk", {{"24820", "Xã Hòa Phú"}}}};
    for (int round = 0; round < 2000; ++round) {
        Answers answers;
        for (const auto& f : fields) {
            answers[f.id] = randomBytes(rng);
            answers[f.id + ".province"] = randomBytes(rng);
            answers[f.id + ".street"] = randomBytes(rng);
        }
        const auto errors = form.errors(answers);
        for (const auto& e : errors) CHECK_FALSE(e.message.vi.empty());
        (void)submittableAnswers(form.ctx(), answers);
    }
}

TEST_CASE("a very long answer to a field with a pattern is refused, not matched recursively") {
    Field f = field("ghi_chu", FieldType::LongText);
    f.pattern = "(a|b)*";
    const kiosk::forms::test::OnePage form({f});
    CHECK(form.errors({{"ghi_chu", std::string(1001, 'a')}}).size() == 1);
    CHECK(form.errors({{"ghi_chu", std::string(1000, 'a')}}).empty());
}

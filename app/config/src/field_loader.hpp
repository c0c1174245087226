#pragma once
// One `[[pages.fields]]` or `[[pre_questions]]` table -> forms::Field.
#include "ids.hpp"
#include "references_check.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {

// What reading fields of one service shares: the field ids seen so far (unique across the
// service) and where references go, with the scope expressions of these fields have.
struct FieldContext {
    UniqueIds& fieldIds;
    ServiceReferences& refs;
    Scope scope;
};

forms::Field readField(TableReader& entry, FieldContext& ctx);

// Reads the expression at `key` and records it for the reference check.
forms::ExpressionPtr readExpression(TableReader& entry, std::string_view key, ServiceReferences& refs,
                                    Scope scope, Need need = Need::Optional);

// Reads the id at `key` and records it as a reference in `into`.
std::string readReference(TableReader& entry, std::string_view key, std::vector<IdReference>& into,
                          Need need = Need::Optional);

}  // namespace kiosk::config::detail

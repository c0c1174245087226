#pragma once
// What a service file points at (choice lists, documents, fields, other services, a category,
// field ids inside expressions), gathered while the file is read, with the position of each
// reference, and checked once the whole service is known.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/config/config.hpp"
#include "kiosk/forms/model.hpp"
#include "source_file.hpp"

namespace kiosk::config::detail {

// Which answers an expression can see: pre-questions and routes run before the form starts,
// so they may only read pre-question answers; the form reads everything.
enum class Scope { PreQuestions, Form };

struct ExpressionSite {
    forms::ExpressionPtr expression;
    std::string keyPath;
    Position at;  // where its string value starts
    Scope scope;
};

struct IdReference {
    std::string id;
    std::string keyPath;
    Position at;
};

// A choice field's `default`: `answer.id` must be an option of list `listId`.
struct DefaultReference {
    std::string listId;
    IdReference answer;
};

struct ServiceReferences {
    std::vector<ExpressionSite> expressions;
    std::vector<IdReference> choiceLists;
    std::vector<DefaultReference> choiceDefaults;
    std::vector<IdReference> documents;
    std::vector<IdReference> dobFields;
    std::vector<IdReference> sexFields;
    std::vector<IdReference> pageCountFields;  // a Document field's sibling Integer field
    std::vector<IdReference> passportParts;    // fields with from_passport (id: the field's own)
    std::vector<IdReference> passportSlots;    // Passport fields (id: the field's own)
    std::vector<IdReference> routeServices;
    std::optional<IdReference> category;
    std::vector<std::string> untypedFields;  // their `type` was wrong: no type checks against them
};

// What a service may name outside its own file. A null pointer means that file could not be
// read, so nothing is reported as dangling against it (the file's own error says why).
struct ExternalNames {
    const std::vector<Category>* categories = nullptr;
    const std::vector<forms::ChoiceList>* sharedChoices = nullptr;
    std::vector<std::string> serviceIds;
};

// Reports every reference of `service` that names nothing.
void checkReferences(const forms::Service& service, const ServiceReferences& refs, const ExternalNames& names,
                     SourceFile& file);

}  // namespace kiosk::config::detail

#pragma once
// What expression evaluation knows about a service's form: each field's type and its page.
#include <map>
#include <string>
#include <string_view>

#include "kiosk/forms/model.hpp"

namespace kiosk::forms {

// An index over a Service's pre-questions and pages. It points into the service, so it must not
// outlive it; build it once per loaded service (or per validation run) and share it.
class FormSchema {
public:
    FormSchema() = default;
    explicit FormSchema(const Service& service);

    // The field with this id (pre-question or page field), or nullptr.
    const Field* field(std::string_view id) const;
    // The page with this id, or nullptr.
    const Page* page(std::string_view id) const;
    // The page a field sits on; nullptr for pre-questions and unknown ids.
    const Page* pageOf(std::string_view fieldId) const;

private:
    std::map<std::string, const Field*, std::less<>> m_fields;
    std::map<std::string, const Page*, std::less<>> m_pages;
    std::map<std::string, const Page*, std::less<>> m_pageOfField;
};

}  // namespace kiosk::forms

#include "kiosk/forms/form_schema.hpp"

namespace kiosk::forms {
namespace {

template <typename T>
const T* lookup(const std::map<std::string, const T*, std::less<>>& map, std::string_view id) {
    const auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

}  // namespace

FormSchema::FormSchema(const Service& service) {
    for (const auto& field : service.preQuestions) m_fields.emplace(field.id, &field);
    for (const auto& page : service.pages) {
        m_pages.emplace(page.id, &page);
        for (const auto& field : page.fields) {
            m_fields.emplace(field.id, &field);
            m_pageOfField.emplace(field.id, &page);
        }
    }
}

const Field* FormSchema::field(std::string_view id) const { return lookup(m_fields, id); }
const Page* FormSchema::page(std::string_view id) const { return lookup(m_pages, id); }
const Page* FormSchema::pageOf(std::string_view fieldId) const {
    return lookup(m_pageOfField, fieldId);
}

}  // namespace kiosk::forms

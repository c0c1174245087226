// The passport slot of a form page (field type "passport"): the zone read fills the page's
// from_passport fields only while that page is on screen, so a read that arrives late cannot
// write into another page or another citizen's filing.
#include "flow_steps.hpp"
#include "kiosk/core/passport.hpp"

namespace kiosk::core::detail {
namespace {

const forms::Page* pageOnScreen(const Session& s) {
    if (s.screen != Screen::Page || s.service == nullptr) return nullptr;
    const auto index = static_cast<size_t>(s.pageIndex);
    return index < s.service->pages.size() ? &s.service->pages[index] : nullptr;
}

}  // namespace

bool passportSlotOnScreen(const Session& session, const std::string& key) {
    const forms::Page* page = pageOnScreen(session);
    if (page == nullptr || page->repeat) return false;
    for (const auto& field : page->fields) {
        if (field.id == key && field.type == forms::FieldType::Passport) return true;
    }
    return false;
}

void applyPassport(Session& session, const FlowContext& ctx, const std::string& key,
                   const scanners::TravelDocument& document) {
    if (!passportSlotOnScreen(session, key)) return;
    core::applyPassport(*pageOnScreen(session), key, document, session.answers);
    dropFixedErrors(session, ctx);
}

}  // namespace kiosk::core::detail

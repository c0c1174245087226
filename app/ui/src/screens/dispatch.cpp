#include "screens/screens.hpp"

namespace kiosk::ui {

MaybeAction drawScreen(UiContext& ctx) {
    using core::Screen;
    const core::Session& s = ctx.session;
    // Screens of a filing need its service; without one the flow is already back home.
    const bool filing = s.service != nullptr;
    switch (s.screen) {
        case Screen::Home: return drawHome(ctx);
        case Screen::Catalogue: return drawCatalogue(ctx);
        case Screen::ServiceInfo: return filing ? drawServiceInfo(ctx) : std::nullopt;
        case Screen::PreQuestions: return filing ? drawPreQuestions(ctx) : std::nullopt;
        case Screen::Identity: return filing ? drawIdentity(ctx) : std::nullopt;
        case Screen::Page: return filing ? drawFormPage(ctx) : std::nullopt;
        case Screen::CheckAnswers: return filing ? drawCheckAnswers(ctx) : std::nullopt;
        case Screen::Consent: return filing ? drawConsent(ctx) : std::nullopt;
        case Screen::Send: return filing ? drawSend(ctx) : std::nullopt;
        case Screen::Receipt: return filing ? drawReceipt(ctx) : std::nullopt;
        case Screen::Rating: return drawRating(ctx);
        case Screen::Lookup: return drawLookup(ctx);
        case Screen::Supplement: return drawSupplement(ctx);
        case Screen::SupplementCheck: return drawSupplementCheck(ctx);
        case Screen::SupplementReceipt: return drawSupplementReceipt(ctx);
        case Screen::Queue: return drawQueue(ctx);
        case Screen::Help: return drawHelp(ctx);
        case Screen::Staff: return drawStaff(ctx);
    }
    return std::nullopt;
}

}  // namespace kiosk::ui

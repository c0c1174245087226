#include "kiosk/core/result_delivery.hpp"

#include "kiosk/base/text.hpp"

namespace kiosk::core {
namespace {

bool chosePost(const Session& s) {
    return s.service != nullptr && s.delivery == forms::ResultDelivery::Post && s.service->resultDelivery.post;
}

}  // namespace

long long postFeeDue(const Session& s) { return chosePost(s) ? s.service->resultDelivery.postFeeVnd : 0; }

std::optional<forms::FieldError> deliveryError(const Session& s) {
    if (!chosePost(s) || !text::trimAsciiSpace(s.postAddress).empty()) return std::nullopt;
    return forms::FieldError{kPostAddressKey, kPostAddressKey, localText(*s.config, "delivery.address_missing")};
}

void applyDelivery(const Session& s, Filing& filing) {
    filing.delivery = s.service->resultDelivery.allows(s.delivery) ? s.delivery
                                                                   : s.service->resultDelivery.defaultWay();
    if (filing.delivery != forms::ResultDelivery::Post) return;
    filing.postAddress = std::string(text::trimAsciiSpace(s.postAddress));
    filing.postFeeVnd = s.service->resultDelivery.postFeeVnd;
}

const char* deliveryName(forms::ResultDelivery way) {
    switch (way) {
        case forms::ResultDelivery::Desk: return "desk";
        case forms::ResultDelivery::Post: return "post";
        case forms::ResultDelivery::Electronic: return "electronic";
    }
    return "desk";
}

std::optional<forms::ResultDelivery> deliveryFromName(std::string_view name) {
    for (auto way : {forms::ResultDelivery::Desk, forms::ResultDelivery::Post, forms::ResultDelivery::Electronic}) {
        if (name == deliveryName(way)) return way;
    }
    return std::nullopt;
}

}  // namespace kiosk::core

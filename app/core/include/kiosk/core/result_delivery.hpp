#pragma once
// How the citizen receives the result (at the desk, by public post, an electronic copy): the
// choice on the check-answers page, what post adds to the fee, and what goes into the filing.
#include <optional>

#include "kiosk/core/filing_store.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/forms/validation.hpp"

namespace kiosk::core {

// Longer is not an address but pasted text; the box stops there.
inline constexpr size_t kPostAddressMaxChars = 200;
// The answer key the post-address error and its box share.
inline constexpr const char* kPostAddressKey = "post_address";

// The post fee the session's choice adds to what is due (0 unless post is chosen).
long long postFeeDue(const Session& session);

// The choice of delivery as the session holds it now, checked: post needs an address.
std::optional<forms::FieldError> deliveryError(const Session& session);

// Copies the session's choice into the filing about to be stored (post: the trimmed address
// and the service's post fee).
void applyDelivery(const Session& session, Filing& filing);

// The wire name of a way, as the manifest and the portal spell it: "desk", "post", "electronic".
const char* deliveryName(forms::ResultDelivery way);
std::optional<forms::ResultDelivery> deliveryFromName(std::string_view name);

}  // namespace kiosk::core

#pragma once
// The catalogue search citizens type into: ignores case and diacritics ("dang ky" finds "Đăng ký").
#include <string_view>
#include <vector>

#include "forms/model.hpp"

namespace kiosk::forms {

// Services whose name (vi or en), code or category label matches `query`, in catalogue order.
std::vector<const Service*> searchServices(const std::vector<Service>& services,
                                           std::string_view query);

}  // namespace kiosk::forms

#pragma once
// The catalogue search citizens type into: ignores case and diacritics ("dang ky" finds "Đăng ký").
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/forms/model.hpp"

namespace kiosk::forms {

// Services whose name (vi or en), code or category id matches `query`, in catalogue order:
// every word of the query must be found in those, case and diacritics ignored. An empty query
// lists every service; a query that is not valid UTF-8 lists none.
std::vector<const Service*> searchServices(const std::vector<Service>& services,
                                           std::string_view query);

// The same, also matching the category's display name (Config's categories, by id).
std::vector<const Service*> searchServices(const std::vector<Service>& services,
                                           std::string_view query,
                                           const std::map<std::string, Text>& categoryNames);

}  // namespace kiosk::forms

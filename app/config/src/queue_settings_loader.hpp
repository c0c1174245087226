#pragma once
// kiosk.toml [queue]: the desk's service groups for "Lấy số thứ tự" and the prefix of the
// numbers the kiosk gives itself when the portal cannot be reached.
#include "kiosk/config/config.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {

void readQueue(TableReader& table, QueueSettings& out);

}  // namespace kiosk::config::detail

#pragma once
// `kiosk --desk`: the one-stop desk's window for commune staff (desk_main.cpp).
#include "command_line.hpp"
#include "kiosk/base/clock.hpp"

namespace kiosk {

int runDesk(const CommandLine& cl, const Clock& clock);

}  // namespace kiosk

#pragma once
// working-calendar.toml: the days off and make-up days the government announces each year.
#include "kiosk/base/working_calendar.hpp"
#include "source_file.hpp"

namespace kiosk::config::detail {

WorkingCalendar loadWorkingCalendar(const toml::table& document, SourceFile& file);

}  // namespace kiosk::config::detail

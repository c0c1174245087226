#pragma once
// working-calendar.toml: the days off and make-up days the government announces each year.
#include "base/working_calendar.hpp"
#include "config/source_file.hpp"

namespace kiosk::config::detail {

WorkingCalendar loadWorkingCalendar(const toml::table& document, SourceFile& file);

}  // namespace kiosk::config::detail

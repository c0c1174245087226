#pragma once
// The period of the commune's indicators as the officer typed it, and the figures saved for the
// commune's report: a CSV for a spreadsheet, or a printable PDF, named by the period
// ("chi-so-<first>-<last>").
#include <filesystem>
#include <optional>
#include <string>

#include "kiosk/base/result.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/desk/indicators.hpp"
#include "kiosk/ui/strings.hpp"

namespace kiosk::ui::desk_view {

// The period as typed in the panel (YYYY-MM-DD, both days included); none when either day is
// not a date or the last comes before the first.
std::optional<desk::Period> parsePeriod(const std::string& first, const std::string& last);

// The file written in `folder` (made if missing); an error says, in the officer's words, why not.
Result<std::filesystem::path> saveIndicatorsReport(const desk::Indicators& figures, const config::Config& config,
                                                   const Strings& strings, const std::filesystem::path& folder,
                                                   bool pdf);

}  // namespace kiosk::ui::desk_view

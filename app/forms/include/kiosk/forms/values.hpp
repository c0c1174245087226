#pragma once
// Typed readings of answer text (dates, numbers, phone numbers) and their canonical spelling.
// Shared by the expression evaluator, validation and submission so they agree on every format.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::forms {

using Date = std::chrono::year_month_day;

// "d/m/yyyy" or "dd/mm/yyyy" naming a real calendar day (31/02 is not); surrounding spaces allowed.
std::optional<Date> parseDate(std::string_view text);

// Always "dd/mm/yyyy".
std::string formatDate(Date date);

// Whole number with an optional leading '-'; thousands may be grouped by '.', ',' or ' '
// ("200.000"), but a separator must be followed by exactly three digits; at most 15 digits.
std::optional<long long> parseInteger(std::string_view text);

// A number written in an expression context: an integer as above or a decimal like "2.5".
std::optional<double> parseNumber(std::string_view text);

// Shortest decimal spelling: whole numbers without a fraction ("12", not "12.0").
std::string formatNumber(double value);

// Digits only of a Vietnamese phone number: spaces, dots, hyphens and brackets dropped, a
// leading "+84" or "0084" turned into "0". Empty when other characters are present.
std::string phoneDigits(std::string_view text);

// True for a 10-digit mobile number beginning 03, 05, 07, 08 or 09 (as phoneDigits returns).
bool isMobileNumber(std::string_view digits);

// The text with every space removed, for numbers typed in groups ("0012 3456 7890").
std::string withoutSpaces(std::string_view text);

}  // namespace kiosk::forms

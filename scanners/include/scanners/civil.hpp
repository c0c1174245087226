#pragma once
// Calendar dates and sex as printed on Vietnamese ID cards, shared by every parser.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace scanners {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const Date&) const = default;
};

enum class Sex { Unknown, Male, Female };

// True when the date exists in the Gregorian calendar (years 1800..2199).
bool isValidDate(const Date& date);

// Reads "ddmmyyyy", or "d/m/yyyy" with '/', '-' or '.' separators; nullopt unless a real date.
std::optional<Date> parseDate(std::string_view text);

// Formats as "dd/mm/yyyy", the form the kiosk stores and shows.
std::string formatDate(const Date& date);

// "Nam" or "Nữ" (empty for Unknown), as printed on the card.
std::string_view sexLabel(Sex sex);

// Reads "Nam"/"Nữ" in any case, with or without diacritics ("NU", "Nu"); Unknown otherwise.
Sex parseSex(std::string_view text);

}  // namespace scanners

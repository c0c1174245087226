#pragma once
// A passport at a form page's passport slot (field type "passport"): what its machine-readable
// zone fills in, and the country names a citizen reads instead of ICAO's three-letter codes.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/model.hpp"
#include "scanners/travel_document.hpp"

namespace kiosk::core {

// The country of an ICAO 9303 nationality code ("KOR" -> "Hàn Quốc" / "Korea (Republic of)");
// empty when the table does not know the code.
std::string_view countryName(std::string_view code, forms::Lang lang);

// What a form shows and stores for a nationality: the Vietnamese name when the table knows the
// code, else the code itself ("UTO"), which staff can look up.
std::string nationalityText(std::string_view code);

// The value the zone gives for `part` in the form's terms: dates dd/mm/yyyy, sex "nam" / "nu"
// (empty for X or '<'), the nationality as nationalityText; empty when the zone has none.
std::string passportValue(const scanners::TravelDocument& document, forms::PassportPart part);

// The parts the zone itself says may be misread: a failed check digit (number, date of birth,
// expiry) or a name not shaped as ICAO writes names (surname and given names).
std::vector<forms::PassportPart> partsToCheck(const scanners::TravelDocument& document);

// True when the citizen must compare the lines with the passport before they are used: any
// check digit failed (the composite and personal number too) or the name is uncertain.
bool passportNeedsCheck(const scanners::TravelDocument& document);

// Fills every from_passport field of `page` from `document` (a part the zone lacks empties its
// field, so a choice like sex is asked instead of kept from an earlier read) and stores in the
// Passport field `slotId` how: forms::kPassportRead, or kPassportReadUnverified when the citizen
// used a read that needed their check.
void applyPassport(const forms::Page& page, const std::string& slotId, const scanners::TravelDocument& document,
                   forms::Answers& answers);

}  // namespace kiosk::core

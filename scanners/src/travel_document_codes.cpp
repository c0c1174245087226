// The issuing states and nationalities an MRZ may name: ISO 3166-1 alpha-3 (Debian's iso-codes
// list) plus ICAO 9303 Part 3's own codes (D for Germany, the British GB* codes, the UN and
// stateless X* codes, RKS, UTO for the specimens). Used only to undo OCR's letter confusions in
// these fields, which no check digit covers; a code not in the list is kept as read.
#include "travel_document_codes.hpp"

#include <algorithm>
#include <array>

namespace scanners::mrz {
namespace {

constexpr std::string_view kCodes =
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD "
    "BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR "
    "COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE D DEU DJI DMA DNK DOM DZA ECU EGY ERI "
    "ESH ESP EST ETH EUE FIN FJI FLK FRA FRO FSM GAB GBD GBN GBO GBP GBR GBS GEO GGY GHA GIB GIN "
    "GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN "
    "IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA "
    "LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR "
    "MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL "
    "PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU RKS ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB "
    "SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM "
    "TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI UNA UNK UNO URY USA UTO UZB VAT VCT VEN VGB VIR "
    "VNM VUT WLF WSM XBA XCC XCE XDC XEC XES XIM XOM XPO XXA XXB XXC XXX YEM ZAF ZMB ZWE";

// Letters a read character may stand for in a letters-only field: itself, and the shapes OCR
// confuses with it (a digit read for a letter, O/D/Q, I/L, M/N, V/Y). Kept narrow: with T and
// H too, "NLO" (NLD misread) was as close to MTQ.
std::string letterReadings(char read) {
    switch (read) {
        case '0': case 'O': return "ODQ";
        case 'D': return "DOQ";
        case 'Q': return "QOD";
        case '1': case 'I': return "IL";
        case 'L': return "LI";
        case 'M': return "MN";
        case 'N': return "NM";
        case 'V': return "VY";
        case 'Y': return "YV";
        case '2': return "Z";
        case '5': return "S";
        case '6': return "G";
        case '8': return "B";
        case '4': return "A";
        default: return std::string(1, read);
    }
}

bool known(std::string_view code) {
    size_t start = 0;
    while (start < kCodes.size()) {
        const size_t end = std::min(kCodes.find(' ', start), kCodes.size());
        if (kCodes.substr(start, end - start) == code) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

std::optional<std::string> provenStateCode(std::string_view field) {
    if (field.size() != 3) return std::nullopt;
    // The code is the field without its trailing filler ("D<<", "UTO").
    const size_t length = std::min(field.find('<'), field.size());
    if (length == 0 || field.find_first_not_of('<', length) != std::string_view::npos) {
        return std::nullopt;
    }
    std::array<std::string, 3> options;
    size_t combinations = 1;
    for (size_t i = 0; i < length; ++i) {
        options[i] = letterReadings(field[i]);
        combinations *= options[i].size();
    }
    std::optional<std::string> found;
    std::string code(length, ' ');
    for (size_t n = 0; n < combinations; ++n) {
        size_t rest = n;
        for (size_t i = 0; i < length; ++i) {
            code[i] = options[i][rest % options[i].size()];
            rest /= options[i].size();
        }
        if (!known(code)) continue;
        if (code == field.substr(0, length)) return std::string(field);  // read as printed
        if (found) return std::nullopt;                                    // two candidates
        found = code + std::string(3 - length, '<');
    }
    return found;
}

}  // namespace scanners::mrz

// ICAO 9303 nationality codes (ISO 3166-1 alpha-3, and ICAO's own "D" for Germany) of the
// countries whose citizens a commune meets most: Viet Nam's neighbours, the countries of most
// foreign spouses and workers, and the larger countries of each continent. Names as the
// Ministry of Foreign Affairs writes them in Vietnamese. Another code is shown as it is.
#include <array>

#include "kiosk/core/passport.hpp"

namespace kiosk::core {
namespace {

struct Country {
    std::string_view code, vi, en;
};

constexpr std::array kCountries{
    Country{"VNM", "Việt Nam", "Viet Nam"},
    Country{"LAO", "Lào", "Laos"},
    Country{"KHM", "Campuchia", "Cambodia"},
    Country{"CHN", "Trung Quốc", "China"},
    Country{"HKG", "Hồng Kông (Trung Quốc)", "Hong Kong (China)"},
    Country{"MAC", "Ma Cao (Trung Quốc)", "Macao (China)"},
    Country{"TWN", "Đài Loan (Trung Quốc)", "Taiwan (China)"},
    Country{"KOR", "Hàn Quốc", "Korea (Republic of)"},
    Country{"PRK", "Triều Tiên", "Korea (Democratic People's Republic of)"},
    Country{"JPN", "Nhật Bản", "Japan"},
    Country{"THA", "Thái Lan", "Thailand"},
    Country{"MYS", "Ma-lai-xi-a", "Malaysia"},
    Country{"SGP", "Xin-ga-po", "Singapore"},
    Country{"IDN", "In-đô-nê-xi-a", "Indonesia"},
    Country{"PHL", "Phi-líp-pin", "Philippines"},
    Country{"MMR", "Mi-an-ma", "Myanmar"},
    Country{"BRN", "Bru-nây", "Brunei"},
    Country{"TLS", "Đông Ti-mo", "Timor-Leste"},
    Country{"IND", "Ấn Độ", "India"},
    Country{"BGD", "Băng-la-đét", "Bangladesh"},
    Country{"PAK", "Pa-ki-xtan", "Pakistan"},
    Country{"NPL", "Nê-pan", "Nepal"},
    Country{"LKA", "Xri Lan-ca", "Sri Lanka"},
    Country{"MNG", "Mông Cổ", "Mongolia"},
    Country{"RUS", "Nga", "Russia"},
    Country{"UKR", "U-crai-na", "Ukraine"},
    Country{"BLR", "Bê-la-rút", "Belarus"},
    Country{"TUR", "Thổ Nhĩ Kỳ", "Türkiye"},
    Country{"ISR", "I-xra-en", "Israel"},
    Country{"EGY", "Ai Cập", "Egypt"},
    Country{"ZAF", "Nam Phi", "South Africa"},
    Country{"NGA", "Ni-giê-ri-a", "Nigeria"},
    Country{"D", "Đức", "Germany"},
    Country{"DEU", "Đức", "Germany"},
    Country{"FRA", "Pháp", "France"},
    Country{"GBR", "Vương quốc Anh", "United Kingdom"},
    Country{"IRL", "Ai-len", "Ireland"},
    Country{"ITA", "I-ta-li-a", "Italy"},
    Country{"ESP", "Tây Ban Nha", "Spain"},
    Country{"PRT", "Bồ Đào Nha", "Portugal"},
    Country{"NLD", "Hà Lan", "Netherlands"},
    Country{"BEL", "Bỉ", "Belgium"},
    Country{"CHE", "Thụy Sĩ", "Switzerland"},
    Country{"AUT", "Áo", "Austria"},
    Country{"SWE", "Thụy Điển", "Sweden"},
    Country{"NOR", "Na Uy", "Norway"},
    Country{"DNK", "Đan Mạch", "Denmark"},
    Country{"FIN", "Phần Lan", "Finland"},
    Country{"POL", "Ba Lan", "Poland"},
    Country{"CZE", "Séc", "Czechia"},
    Country{"HUN", "Hung-ga-ri", "Hungary"},
    Country{"ROU", "Ru-ma-ni", "Romania"},
    Country{"BGR", "Bun-ga-ri", "Bulgaria"},
    Country{"GRC", "Hy Lạp", "Greece"},
    Country{"USA", "Hoa Kỳ", "United States"},
    Country{"CAN", "Ca-na-đa", "Canada"},
    Country{"MEX", "Mê-hi-cô", "Mexico"},
    Country{"CUB", "Cu-ba", "Cuba"},
    Country{"BRA", "Bra-xin", "Brazil"},
    Country{"ARG", "Ác-hen-ti-na", "Argentina"},
    Country{"AUS", "Ô-xtrây-li-a", "Australia"},
    Country{"NZL", "Niu Di-lân", "New Zealand"},
};

}  // namespace

std::string_view countryName(std::string_view code, forms::Lang lang) {
    for (const auto& country : kCountries) {
        if (country.code == code) return lang == forms::Lang::En ? country.en : country.vi;
    }
    return {};
}

}  // namespace kiosk::core

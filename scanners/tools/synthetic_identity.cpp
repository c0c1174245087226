#include "synthetic_identity.hpp"

#include <string_view>

#include "scanners/id_number.hpp"
#include "scanners/mrz.hpp"

namespace scanners::synth {
namespace {

constexpr std::string_view kSurnames[] = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ưng", "Đinh", "Lương", "Trịnh"};
constexpr std::string_view kMaleMiddle[] = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Công",
                                            "Thành", "Xuân", "Đình", "Hoàng"};
constexpr std::string_view kFemaleMiddle[] = {"Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim",
                                              "Phương", "Bảo", "Diệu", "Hồng"};
constexpr std::string_view kMaleGiven[] = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hiệp",
                                           "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quang",
                                           "Sơn", "Thắng", "Tuấn", "Việt", "Vĩnh", "Huy"};
constexpr std::string_view kFemaleGiven[] = {"Ánh", "Chi", "Dung", "Giang", "Hà", "Hạnh",
                                             "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung",
                                             "Phượng", "Thảo", "Trang", "Uyên", "Yến", "Hằng"};
constexpr std::string_view kStreets[] = {"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi",
                                         "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt"};
constexpr std::string_view kWards[] = {"Phường Bến Nghé", "Phường Láng Hạ", "Xã Phú Xuân",
                                       "Xã Tân Lập", "Phường Hòa Minh", "Xã Đông Hòa",
                                       "Thị trấn Văn Điển", "Phường Cửa Nam"};
constexpr std::string_view kDistricts[] = {"Quận Đống Đa", "Huyện Phú Vang", "Quận 1",
                                           "Huyện Thanh Trì", "Quận Liên Chiểu", "Huyện Dĩ An",
                                           "Thành phố Thủ Đức", "Quận Hoàn Kiếm"};
constexpr std::string_view kProvinceCodes[] = {"001", "031", "038", "040", "046", "048",
                                               "052", "066", "079", "092", "096", "027"};

constexpr Date kCccdStart{2021, 1, 1};
constexpr Date kCccdEnd{2024, 6, 30};
constexpr Date kCanCuocStart{2024, 7, 1};
constexpr Date kCanCuocEnd{2025, 12, 31};

template <typename T, size_t N>
const T& pick(Random& random, const T (&items)[N]) {
    return items[static_cast<size_t>(random.between(0, static_cast<int>(N) - 1))];
}

int daysInMonth(int year, int month) {
    for (int day = 31; day >= 28; --day) {
        if (isValidDate({year, month, day})) return day;
    }
    return 28;
}

Date randomDate(Random& random, const Date& from, const Date& to) {
    while (true) {
        Date d{random.between(from.year, to.year), random.between(1, 12), 1};
        d.day = random.between(1, daysInMonth(d.year, d.month));
        if (from <= d && d <= to) return d;
    }
}

// The birthday at `age`; 29 February falls back to the 28th in common years.
Date birthdayAt(const Date& dob, int age) {
    Date d{dob.year + age, dob.month, dob.day};
    if (!isValidDate(d)) d.day = 28;
    return d;
}

// Cards expire on the birthday at the next renewal age (25, 40, 60; the 2023 law adds 14);
// from 60 on they do not expire.
std::optional<Date> expiryFor(const Date& dob, const Date& issued, CardType type) {
    for (int age : {14, 25, 40, 60}) {
        if (age == 14 && type != CardType::CanCuoc2024) continue;
        const Date renewal = birthdayAt(dob, age);
        if (issued < renewal) return renewal;
    }
    return std::nullopt;
}

std::string digits(Random& random, int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += static_cast<char>('0' + random.between(0, 9));
    return out;
}

std::string ddmmyyyy(const Date& d) {
    const std::string slashed = formatDate(d);
    return slashed.substr(0, 2) + slashed.substr(3, 2) + slashed.substr(6, 4);
}

}  // namespace

uint64_t Random::next() {
    m_state += 0x9E3779B97F4A7C15ull;
    uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int Random::between(int low, int high) {
    const auto span = static_cast<uint64_t>(high - low + 1);
    return low + static_cast<int>(next() % span);
}

bool Random::chance(double probability) {
    return static_cast<double>(next() >> 11) * 0x1.0p-53 < probability;
}

Person randomPerson(Random& random, CardType type) {
    Person p;
    p.cardType = type;
    const bool canCuoc = type == CardType::CanCuoc2024;
    p.issueDate = canCuoc ? randomDate(random, kCanCuocStart, kCanCuocEnd)
                          : randomDate(random, kCccdStart, kCccdEnd);
    p.dob = randomDate(random, {1935, 1, 1}, {p.issueDate.year - 14, p.issueDate.month, 1});
    p.sex = random.chance(0.5) ? Sex::Male : Sex::Female;
    const bool male = p.sex == Sex::Male;
    p.fullName = std::string(pick(random, kSurnames)) + " " +
                 std::string(male ? pick(random, kMaleMiddle) : pick(random, kFemaleMiddle)) +
                 " " + std::string(male ? pick(random, kMaleGiven) : pick(random, kFemaleGiven));
    if (random.chance(0.3)) {
        p.fullName += " " + std::string(male ? pick(random, kMaleGiven) : pick(random, kFemaleGiven));
    }
    const std::string province(pick(random, kProvinceCodes));
    const int centurySex = (p.dob.year / 100 - 19) * 2 + (male ? 0 : 1);
    p.idNumber = province + static_cast<char>('0' + centurySex) +
                 formatDate(p.dob).substr(8, 2) + digits(random, 6);
    if (random.chance(0.5)) p.oldId = digits(random, 9);
    const std::string provinceText(provinceName(province));
    p.placeOfOrigin = std::string(pick(random, kWards)) + ", " +
                      std::string(pick(random, kDistricts)) + ", " + provinceText;
    p.address = "Số " + std::to_string(random.between(1, 300)) + " " +
                std::string(pick(random, kStreets)) + ", " + std::string(pick(random, kWards)) +
                ", " + std::string(pick(random, kDistricts)) + ", " + provinceText;
    p.expiryDate = expiryFor(p.dob, p.issueDate, type);
    return p;
}

std::string qrPayloadFor(const Person& p) {
    return p.idNumber + "|" + p.oldId + "|" + p.fullName + "|" + ddmmyyyy(p.dob) + "|" +
           std::string(sexLabel(p.sex)) + "|" + p.address + "|" + ddmmyyyy(p.issueDate);
}

std::array<std::string, 3> mrzFor(const Person& p) {
    return buildMrz({p.idNumber, p.dob, p.sex, p.expiryDate, p.fullName});
}

}  // namespace scanners::synth

#pragma once
// Shared by the service tests: the shipped kiosk-config loaded once, a validation context on a
// fixed day, dates relative to it, and synthetic people whose ID numbers agree with their
// birth dates and sexes (digits 1-3 place, 4 century and sex, 5-6 year, 7-12 serial).
#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <string>

#include "kiosk/config/config.hpp"
#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/validation.hpp"
#include "kiosk/forms/values.hpp"
#include "support/paths.hpp"

namespace kiosk::test {

// A fixed "today" so the 60-day and 15-day fee rules and the age rules never depend on the
// day the tests run.
inline const forms::Date kToday{std::chrono::year(2025), std::chrono::month(9), std::chrono::day(15)};

inline forms::Date daysBefore(int days) {
    return forms::Date(std::chrono::sys_days(kToday) - std::chrono::days(days));
}

inline std::string dateText(forms::Date date) { return forms::formatDate(date); }

// The shipped config, loaded once; every error is printed when it does not load.
inline const config::Config& shipped() {
    static const config::Config loaded = [] {
        auto result = config::loadConfig(shippedConfig());
        if (!result.ok()) {
            for (const auto& error : result.error()) MESSAGE(error.format());
        }
        REQUIRE(result.ok());
        return std::move(result).value();
    }();
    return loaded;
}

inline const forms::Service& shippedService(const std::string& id) {
    const forms::Service* service = shipped().findService(id);
    REQUIRE_MESSAGE(service != nullptr, id);
    return *service;
}

inline forms::ValidationContext contextFor(const forms::Service& service) {
    return forms::ValidationContext{service, shipped().units, kToday, &shipped().sharedChoices};
}

inline const forms::Page& pageOf(const forms::Service& service, const std::string& pageId) {
    for (const auto& page : service.pages) {
        if (page.id == pageId) return page;
    }
    FAIL("no page " << pageId << " in " << service.id);
    return service.pages.front();
}

// Every validation error of `answers`, one "key: Vietnamese message" a line (empty when none).
inline std::string validationErrors(const forms::Service& service, const forms::Answers& answers) {
    std::string text;
    for (const auto& error : forms::validateService(contextFor(service), answers)) {
        text += error.key + ": " + error.message.vi + "\n";
    }
    return text;
}

// Synthetic people: a seeded generator so a failure can be replayed, never a real person.
class PeopleMaker {
public:
    explicit PeopleMaker(unsigned seed) : m_rng(seed) {}

    // A 12-digit number for someone born on `dob`, male or female, registered in Đắk Lắk (066).
    std::string idNumber(forms::Date dob, bool female) {
        const int year = static_cast<int>(dob.year());
        const int centuryDigit = (year / 100 - 19) * 2 + (female ? 1 : 0);
        std::uniform_int_distribution<int> serial(0, 999999);
        return "066" + std::to_string(centuryDigit) + padded(year % 100, 2) + padded(serial(m_rng), 6);
    }

    std::string fullName(bool female) {
        static constexpr const char* kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Niê", "Ksor"};
        static constexpr const char* kMiddle[] = {"Văn", "Thị", "Minh", "Ngọc"};
        static constexpr const char* kGiven[] = {"An", "Bình", "Hoa", "Lan", "Thử", "Mẫu"};
        return std::string(pick(kFamily)) + " " + (female ? "Thị" : pick(kMiddle)) + " " + pick(kGiven);
    }

private:
    static std::string padded(int value, size_t width) {
        std::string digits = std::to_string(value);
        return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
    }

    template <size_t N>
    const char* pick(const char* const (&items)[N]) {
        return items[std::uniform_int_distribution<size_t>(0, N - 1)(m_rng)];
    }

    std::mt19937 m_rng;
};

// Sets every answer through the same normalising path the UI uses.
inline void answer(forms::Answers& answers, const std::string& key, const std::string& value) {
    REQUIRE(forms::setAnswer(answers, key, value));
}

// An address in the demo commune (Xã Hòa Phú, Tỉnh Đắk Lắk).
inline void answerAddress(forms::Answers& answers, const std::string& fieldId,
                          const std::string& street) {
    answer(answers, fieldId + ".province", shipped().kiosk.provinceCode);
    answer(answers, fieldId + ".commune", shipped().kiosk.communeCode);
    answer(answers, fieldId + ".street", street);
}

}  // namespace kiosk::test

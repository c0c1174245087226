#pragma once
// The seed of a randomised test: KIOSK_TEST_SEED when set (to replay a failure), otherwise a
// fresh one. A test that uses it prints it, so any failing run can be replayed.
#include <cstdint>
#include <cstdlib>
#include <random>

namespace kiosk::test {

inline std::uint32_t testSeed() {
    if (const char* text = std::getenv("KIOSK_TEST_SEED")) {
        return static_cast<std::uint32_t>(std::strtoul(text, nullptr, 10));
    }
    return std::random_device{}();
}

}  // namespace kiosk::test

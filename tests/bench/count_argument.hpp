#pragma once
// A benchmark's count argument (rounds, wakes, ...): a whole number in [1, max], or the usage on
// stderr and exit 2, so a typo never runs a benchmark of zero rounds.
#include <cstdio>
#include <cstdlib>

namespace kiosk::bench {

inline int countArgument(const char* text, int max, const char* usage) {
    char* end = nullptr;
    const long asked = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || asked < 1 || asked > max) {
        std::fprintf(stderr, "usage: %s\n", usage);
        std::exit(2);
    }
    return static_cast<int>(asked);
}

}  // namespace kiosk::bench

#pragma once
// "Did you mean ...?": the closest known word to a misspelt key, value or id.
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::config::detail {

// The candidate nearest to `word` when it is a plausible typo (a swap, a missing or extra
// letter, at most two edits and less than half the word), else empty.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

// "a, b, c" for hints that list what is allowed.
std::string joinList(const std::vector<std::string>& items);

}  // namespace kiosk::config::detail

#pragma once
// JSON from outside (portal requests, portal replies, stored bodies) parsed with a nesting
// limit. nlohmann::json builds any depth it is given, and copying or dumping a value 100,000
// levels deep recurses until the stack runs out; so the text is measured before it is parsed.
#include <nlohmann/json.hpp>
#include <string_view>

namespace kiosk {

// Far deeper than any document of the portal API (the deepest is 4 levels).
inline constexpr int kMaxJsonDepth = 32;

// Whether no array or object in `text` is nested more than `maxDepth` levels (brackets inside
// strings do not count). Says nothing about whether the text is valid JSON.
bool jsonNestingWithin(std::string_view text, int maxDepth = kMaxJsonDepth);

// The parsed value, or a discarded value (is_discarded()) when `text` is not JSON or is nested
// deeper than `maxDepth`. Never throws.
nlohmann::json parseBoundedJson(std::string_view text, int maxDepth = kMaxJsonDepth);

}  // namespace kiosk

#pragma once
// Line breaking at spaces only, for sentences that carry a code: ImGui's own wrapping also
// breaks after '.', which cuts "000.00.00.H66-261129-0001" (or "10.000") in two.
#include <functional>
#include <string_view>
#include <vector>

namespace kiosk::ui {

// The lines of `text` no wider than `room` as measured by `width`, broken only at spaces
// (which are dropped at the break); a single word wider than `room` gets a line of its own.
std::vector<std::string_view> linesAtSpaces(std::string_view text, float room,
                                            const std::function<float(std::string_view)>& width);

}  // namespace kiosk::ui

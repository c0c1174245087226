#pragma once
// An answer as words for "check your answers": choice labels instead of ids, an address with
// its unit names, money grouped by thousands.
#include <string>

#include "kiosk/forms/model.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::ui {

// The answer of `field` stored under `key`, ready to read; "Chưa trả lời" when there is none.
std::string answerText(const UiContext& ctx, const forms::Field& field, const std::string& key);

// The address stored under `key` as one line: "Thôn 1, Xã Hòa Phú, Tỉnh Đắk Lắk".
std::string addressText(const UiContext& ctx, const std::string& key);

// 1500000 -> "1.500.000" (Vietnamese grouping).
std::string groupThousands(long long value);

// An ID number with all but its last four digits hidden, for screens others may glance at.
std::string maskedId(const std::string& digits);

}  // namespace kiosk::ui

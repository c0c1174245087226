#pragma once
// Bank transfer descriptions travel as plain ASCII: Vietnamese letters lose their marks.
#include <cstddef>
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"

namespace kiosk::payment {

// "Lệ phí hồ sơ Đ-01" -> "Le phi ho so D-01": Vietnamese (and Latin-1) letters keep their case and
// lose their marks; other characters outside printable ASCII, or a result longer than
// `maxLength`, are an error (never silently cut: the text is a reconciliation key).
Result<std::string> toTransferText(std::string_view text, std::size_t maxLength);

}  // namespace kiosk::payment

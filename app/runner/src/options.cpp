#include "kiosk/runner/options.hpp"

#include <charconv>

namespace kiosk::runner {

Result<std::pair<int, int>> parseWindowSize(std::string_view text) {
    const Error bad{"runner.bad_size",
                    "Kích thước cửa sổ không hợp lệ: cần dạng RỘNGxCAO, ví dụ 1920x1080 "
                    "(invalid window size: expected WIDTHxHEIGHT, e.g. 1920x1080)",
                    std::string(text)};
    const auto x = text.find('x');
    if (x == std::string_view::npos) return bad;
    int w = 0, h = 0;
    const auto wPart = text.substr(0, x), hPart = text.substr(x + 1);
    const auto rw = std::from_chars(wPart.data(), wPart.data() + wPart.size(), w);
    const auto rh = std::from_chars(hPart.data(), hPart.data() + hPart.size(), h);
    const bool parsed = rw.ec == std::errc{} && rw.ptr == wPart.data() + wPart.size() &&
                        rh.ec == std::errc{} && rh.ptr == hPart.data() + hPart.size();
    if (!parsed || w < 320 || h < 320 || w > 8192 || h > 8192) return bad;
    return std::pair{w, h};
}

}  // namespace kiosk::runner

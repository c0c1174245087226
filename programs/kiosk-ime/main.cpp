// kiosk-ime: composes lines of Telex or VNI keystrokes read on stdin, one output line per input
// line. For checking the engine by hand and for tests that drive it from outside.
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/ime/composer.hpp"
#include "kiosk_version.hpp"

namespace {

constexpr const char* kUsage =
    "Cách dùng: kiosk-ime --method telex|vni [--style old|new]   |   kiosk-ime --version\n"
    "  Đọc từng dòng phím gõ từ đầu vào chuẩn và in ra dòng chữ tiếng Việt đã ghép.\n"
    "  --style old đặt dấu kiểu cũ (hòa, thủy); new (mặc định) đặt dấu kiểu mới (hoà, thuỷ).\n"
    "Usage: kiosk-ime --method telex|vni [--style old|new]\n"
    "  Reads lines of keystrokes on stdin and prints each line composed.\n"
    "  --style old puts tones the old way (hòa, thủy); new (default) the new way (hoà, thuỷ).\n";

int usageError(const std::string& vietnamese, const std::string& english) {
    std::cerr << "Lỗi: " << vietnamese << "\nError: " << english << "\n\n" << kUsage;
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace kiosk::ime;
    if (kiosk::printVersionIfAsked(argc, argv, "kiosk-ime")) return 0;
    std::optional<Method> method;
    ToneStyle style = ToneStyle::New;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        }
        const bool takesValue = arg == "--method" || arg == "--style";
        if (!takesValue) {
            return usageError("tham số không hợp lệ: " + std::string(arg),
                              "unknown argument: " + std::string(arg));
        }
        if (i + 1 >= argc) {
            return usageError(std::string(arg) + " cần một giá trị",
                              std::string(arg) + " needs a value");
        }
        const std::string_view value = argv[++i];
        if (arg == "--method") {
            method = parseMethod(value);
            if (!method) {
                return usageError("kiểu gõ phải là telex hoặc vni, không phải \"" +
                                      std::string(value) + "\"",
                                  "--method must be telex or vni, not \"" + std::string(value) + "\"");
            }
        } else {
            const auto parsed = parseToneStyle(value);
            if (!parsed) {
                return usageError("kiểu đặt dấu phải là old hoặc new, không phải \"" +
                                      std::string(value) + "\"",
                                  "--style must be old or new, not \"" + std::string(value) + "\"");
            }
            style = *parsed;
        }
    }
    if (!method) return usageError("thiếu --method (telex hoặc vni)", "--method is required (telex or vni)");

    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::cout << composeKeystrokes(line, *method, style) << '\n';
    }
    return std::cout.good() ? 0 : 1;
}

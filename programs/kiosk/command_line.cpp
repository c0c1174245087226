#include "command_line.hpp"

#include <charconv>
#include <string_view>

#include "kiosk/runner/options.hpp"

namespace kiosk {
namespace {

Error usageError(const std::string& vi, const std::string& en) {
    return Error{"cli.usage", vi + " (" + en + "). Xem: kiosk --help", ""};
}

}  // namespace

std::string usageText() {
    return "Cách dùng (usage): kiosk [tùy chọn]\n"
           "  --config DIR           thư mục cấu hình (config folder), mặc định /etc/kiosk\n"
           "  --data DIR             thư mục dữ liệu hồ sơ (outbox data), mặc định /var/lib/kiosk\n"
           "                         với /etc/kiosk, nếu không thì kiosk-data cạnh thư mục cấu hình\n"
           "  --check-config DIR     kiểm tra cấu hình rồi thoát (check the config and exit)\n"
           "  --windowed             chạy trong cửa sổ thay vì toàn màn hình (windowed)\n"
           "  --require-enrollment   chưa đăng ký thì chỉ hiện màn hình hướng dẫn đăng ký\n"
           "                         (not enrolled: show only how to enrol; the installed session)\n"
           "  --size RỘNGxCAO        kích thước cửa sổ, ví dụ 1080x1920 (window size)\n"
           "  --quit-after-frames N  vẽ N khung hình rồi thoát (tests, benchmarks)\n"
           "  --desk                 cửa sổ bộ phận một cửa cho cán bộ: hồ sơ của xã, thao tác, chỉ số\n"
           "                         (the one-stop desk's window for staff)\n"
           "  --staff-cert DIR       chứng thư và khóa ký của cán bộ (ca.pem, client.pem, client.key,\n"
           "                         signing.key), mặc định DATA/staff-certificate\n"
           "                         (the staff certificate folder)\n"
           "  --portal URL           địa chỉ cổng, mặc định đọc từ DIR/portal-url (the portal URL)\n"
           "  --version              in phiên bản (print the version)\n"
           "  --help                 in hướng dẫn này\n";
}

Result<CommandLine> parseCommandLine(int argc, const char* const* argv) {
    CommandLine cl;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&]() -> std::optional<std::string_view> {
            if (i + 1 >= argc) return std::nullopt;
            return std::string_view(argv[++i]);
        };
        if (arg == "--help" || arg == "-h") {
            cl.help = true;
        } else if (arg == "--windowed") {
            cl.windowed = true;
        } else if (arg == "--require-enrollment") {
            cl.requireEnrollment = true;
        } else if (arg == "--desk") {
            cl.desk = true;
        } else if (arg == "--config" || arg == "--data" || arg == "--check-config" || arg == "--size" ||
                   arg == "--quit-after-frames" || arg == "--staff-cert" || arg == "--portal") {
            const auto v = value();
            if (!v) return usageError("Thiếu giá trị sau " + std::string(arg),
                                      "missing value after " + std::string(arg));
            if (arg == "--config") cl.configDir = std::string(*v);
            else if (arg == "--data") cl.dataDir = std::string(*v);
            else if (arg == "--check-config") cl.checkConfigDir = std::string(*v);
            else if (arg == "--staff-cert") cl.staffCertificate = std::string(*v);
            else if (arg == "--portal") cl.portalUrl = std::string(*v);
            else if (arg == "--size") {
                auto size = runner::parseWindowSize(*v);
                if (!size) return size.error();
                cl.size = *size;
                cl.windowed = true;
            } else {
                long n = 0;
                const auto r = std::from_chars(v->data(), v->data() + v->size(), n);
                if (r.ec != std::errc{} || r.ptr != v->data() + v->size() || n < 1) {
                    return usageError("--quit-after-frames cần một số nguyên dương",
                                      "--quit-after-frames needs a positive whole number");
                }
                cl.quitAfterFrames = n;
            }
        } else {
            return usageError("Tùy chọn không rõ: " + std::string(arg),
                              "unknown option: " + std::string(arg));
        }
    }
    if (cl.dataDir.empty()) cl.dataDir = defaultDataDirFor(cl.configDir);
    return cl;
}

}  // namespace kiosk

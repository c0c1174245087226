#include "kiosk/sync/options.hpp"

#include <charconv>

namespace kiosk::sync {
namespace {

Error usageError(const std::string& what) {
    return Error{"sync.usage", "Tham số không hợp lệ: " + what + " (invalid arguments). Xem kiosk-sync --help.", what};
}

std::optional<long long> number(const std::string& text, long long low, long long high) {
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) return std::nullopt;
    return value;
}

}  // namespace

std::string usage() {
    return "Cách dùng / usage:\n"
           "  kiosk-sync [--config DIR] [--data DIR] [--drain] [--once]\n"
           "             [--poll-seconds N] [--backoff-base-ms N] [--backoff-cap-ms N]\n"
           "  --config DIR        thư mục cấu hình; đọc DIR/enrollment/ (config folder with enrollment/),\n"
           "                      mặc định /etc/kiosk\n"
           "  --data DIR          thư mục dữ liệu có outbox.db (default: /var/lib/kiosk for /etc/kiosk,\n"
           "                      else kiosk-data beside the config)\n"
           "  --drain             thoát khi không còn hồ sơ chờ gửi (exit once nothing is pending)\n"
           "  --once              chạy một lượt rồi thoát (one pass, then exit)\n"
           "  --version           in phiên bản (print the version)\n"
           "  --poll-seconds N    chu kỳ lấy trạng thái và nhịp tim (status feed and heartbeat interval)\n"
           "  --backoff-base-ms N, --backoff-cap-ms N  giới hạn chờ khi gửi lại (retry backoff)\n"
           "Mã thoát / exit codes: 0 xong (done), 1 lỗi khởi động (start-up error),\n"
           "  2 --drain xong nhưng có hồ sơ bị từ chối (some filings failed), 64 sai tham số (usage).\n";
}

Result<Options> parseOptions(const std::vector<std::string>& args) {
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            return args[++i];
        };
        if (arg == "--help" || arg == "-h") {
            options.help = true;
        } else if (arg == "--drain") {
            options.drain = true;
        } else if (arg == "--once") {
            options.once = true;
        } else if (arg == "--config" || arg == "--data") {
            auto v = value();
            if (!v || v->empty()) return usageError(arg + " cần một thư mục");
            (arg == "--config" ? options.configDir : options.dataDir) = *v;
        } else if (arg == "--poll-seconds" || arg == "--backoff-base-ms" || arg == "--backoff-cap-ms") {
            auto v = value();
            const auto n = v ? number(*v, arg == "--poll-seconds" ? 1 : 0, arg == "--poll-seconds" ? 86400 : 3'600'000)
                             : std::nullopt;
            if (!n) return usageError(arg + " cần một số hợp lệ");
            if (arg == "--poll-seconds") options.pollSeconds = static_cast<int>(*n);
            else if (arg == "--backoff-base-ms") options.backoffBase = std::chrono::milliseconds{*n};
            else options.backoffCap = std::chrono::milliseconds{*n};
        } else {
            return usageError(arg);
        }
    }
    if (options.dataDir.empty()) options.dataDir = defaultDataDirFor(options.configDir);
    return options;
}

}  // namespace kiosk::sync

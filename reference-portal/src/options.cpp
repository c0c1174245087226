#include "reference_portal/options.hpp"

#include <algorithm>
#include <charconv>

#include "reference_portal/pki.hpp"

namespace kiosk::reference_portal {

namespace {

Error usage(std::string message) { return Error{"portal.usage", std::move(message), {}}; }

bool parseProbability(std::string_view text, double& out) {
    // std::from_chars for double is available in GCC 12's libstdc++.
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out >= 0.0 && out <= 1.0;
}

bool parseInt(std::string_view text, int& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool isAgencyCode(const std::string& code) {
    return !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
    });
}

bool isDigits(const std::string& s, std::size_t min, std::size_t max) {
    return s.size() >= min && s.size() <= max &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Result<FaultSpec> parseFaults(std::string_view spec) {
    FaultSpec faults;
    while (!spec.empty()) {
        const std::size_t comma = spec.find(',');
        const std::string_view item = spec.substr(0, comma);
        spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos) {
            return usage("--faults: thiếu '=' trong \"" + std::string(item) +
                         "\" / expected name=value");
        }
        const std::string_view name = item.substr(0, eq);
        const std::string_view value = item.substr(eq + 1);
        double* probability = name == "error500"             ? &faults.error500
                              : name == "drop"               ? &faults.drop
                              : name == "reset_after_commit" ? &faults.resetAfterCommit
                              : name == "overload"           ? &faults.overload
                              : name == "captive"            ? &faults.captive
                                                             : nullptr;
        if (probability != nullptr) {
            if (!parseProbability(value, *probability)) {
                return usage("--faults: " + std::string(name) +
                             " cần xác suất từ 0 đến 1 / needs a probability between 0 and 1");
            }
        } else if (name == "delay_ms") {
            const std::size_t dash = value.find('-');
            const bool ok = dash != std::string_view::npos &&
                            parseInt(value.substr(0, dash), faults.delayMinMs) &&
                            parseInt(value.substr(dash + 1), faults.delayMaxMs) &&
                            faults.delayMinMs >= 0 && faults.delayMinMs <= faults.delayMaxMs &&
                            faults.delayMaxMs <= 600000;
            if (!ok) {
                return usage("--faults: delay_ms cần dạng A-B (mili giây, A ≤ B) / delay_ms needs "
                             "A-B milliseconds with A <= B");
            }
        } else {
            return usage("--faults: không biết lỗi \"" + std::string(name) +
                         "\"; dùng error500, drop, reset_after_commit, overload, captive, "
                         "delay_ms / unknown fault");
        }
    }
    return faults;
}

Result<Options> parseOptions(const std::vector<std::string>& args) {
    Options options;
    bool demo = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            options.help = true;
            continue;
        }
        if (arg == "--export") {
            options.exportFilings = true;
            continue;
        }
        if (arg == "--demo") {
            demo = true;
            continue;
        }
        if (arg == "--simulate-payments") {
            options.simulatePayments = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            return usage("Thiếu giá trị sau " + arg + " / Missing value after " + arg);
        }
        const std::string& value = args[++i];
        if (arg == "--listen") {
            const std::size_t colon = value.rfind(':');
            if (colon == std::string::npos || colon == 0 ||
                !parseInt(std::string_view(value).substr(colon + 1), options.port) ||
                options.port < 0 || options.port > 65535) {
                return usage("--listen cần HOST:PORT, ví dụ 127.0.0.1:8443 / --listen needs "
                             "HOST:PORT");
            }
            options.host = value.substr(0, colon);
            if (options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']') {
                options.host = options.host.substr(1, options.host.size() - 2);
            }
        } else if (arg == "--data") {
            options.dataDir = value;
        } else if (arg == "--enroll" || arg == "--staff") {
            if (!isClientId(value)) {
                return usage(arg + ": mã chỉ gồm A-Z a-z 0-9 . _ - (tối đa 64) / id must be 1-64 "
                                   "of A-Z a-z 0-9 . _ -");
            }
            (arg == "--enroll" ? options.kiosks : options.staff).push_back(value);
        } else if (arg == "--revoke") {
            if (!isClientId(value)) {
                return usage("--revoke: mã chỉ gồm A-Z a-z 0-9 . _ - (tối đa 64) / id must be 1-64 "
                             "of A-Z a-z 0-9 . _ -");
            }
            options.revokeId = value;
        } else if (arg == "--agency") {
            if (!isAgencyCode(value)) {
                return usage("--agency: mã định danh cơ quan dạng 000.00.00.H66 / agency code "
                             "like 000.00.00.H66");
            }
            options.agency = value;
        } else if (arg == "--bank-bin") {
            if (!isDigits(value, 6, 6)) return usage("--bank-bin: 6 chữ số / 6 digits");
            options.bankBin = value;
        } else if (arg == "--bank-account") {
            if (!isDigits(value, 1, 19)) return usage("--bank-account: 1-19 chữ số / 1-19 digits");
            options.bankAccount = value;
        } else if (arg == "--working-calendar") {
            options.workingCalendar = value;
        } else if (arg == "--faults") {
            auto faults = parseFaults(value);
            if (!faults) return faults.error();
            options.faults = *faults;
        } else {
            return usage("Tùy chọn không rõ: " + arg + " / Unknown option: " + arg);
        }
    }
    if (options.help) return options;
    if (options.dataDir.empty()) return usage("Cần --data DIR / --data DIR is required");
    if (!options.exportFilings && options.revokeId.empty() && options.port < 0) {
        return usage("Cần --listen HOST:PORT / --listen HOST:PORT is required");
    }
    // The demo principals' certificates lie in the data folder for anyone to use: never
    // enrolled unless asked for.
    const auto add = [](std::vector<std::string>& ids, const char* id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.emplace_back(id);
    };
    if (demo) {
        add(options.kiosks, "KIOSK-DEMO-01");
        add(options.staff, "STAFF-DEMO-01");
    }
    return options;
}

const char* usageText() {
    return "Cách dùng / Usage:\n"
           "  kiosk-portal --listen HOST:PORT --data DIR [--enroll ID]... [--staff ID]...\n"
           "               [--agency CODE] [--bank-bin BIN --bank-account ACCOUNT] [--faults SPEC]\n"
           "               [--working-calendar FILE] [--demo] [--simulate-payments]\n"
           "  kiosk-portal --data DIR --export\n"
           "  kiosk-portal --data DIR --revoke ID\n"
           "\n"
           "Cổng dịch vụ công tham chiếu cho thử nghiệm / Reference portal for tests and demos.\n"
           "Lần đầu chạy với thư mục trống sẽ tạo CA, chứng thư máy chủ và thư mục DIR/enroll/<mã máy>/\n"
           "cho từng kiosk / First start in an empty DIR creates a development PKI and enrollments.\n"
           "  --listen HOST:PORT  địa chỉ lắng nghe; PORT 0 chọn cổng trống / 0 picks a free port\n"
           "  --enroll ID         đăng ký kiosk (lặp lại được) / enroll a kiosk (repeatable)\n"
           "  --staff ID          đăng ký cán bộ (lặp lại được) / enroll an operator (repeatable)\n"
           "  --demo              đăng ký thêm KIOSK-DEMO-01 và STAFF-DEMO-01 / also enroll the demo pair\n"
           "  --simulate-payments mở /_sim/… để cán bộ giả lập đã thanh toán / open the payment simulator\n"
           "  --revoke ID         thu hồi kiosk hoặc cán bộ; cổng đang chạy áp dụng trong 1 giây /\n"
           "                      revoke a kiosk or operator; a running portal applies it within 1 s\n"
           "  --agency CODE       mã cơ quan trong mã hồ sơ (mặc định 000.00.00.H66)\n"
           "  --faults SPEC       lỗi giả lập / injected faults: error500=P,drop=P,\n"
           "                      reset_after_commit=P,overload=P,captive=P,delay_ms=A-B\n"
           "  --working-calendar FILE  ngày nghỉ lễ, Tết và ngày làm bù để tính ngày hẹn trả, cùng dạng\n"
           "                      kiosk-config/working-calendar.toml / days off and make-up days for due dates\n"
           "  --export            in mọi hồ sơ, mỗi dòng một JSON / print every filing as JSON lines\n"
           "  --version           in phiên bản / print the version\n"
           "Xem docs/portal-api.md / See docs/portal-api.md.\n";
}

}  // namespace kiosk::reference_portal

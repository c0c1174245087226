#include "kiosk/admin/cli.hpp"

#include <iostream>
#include <ostream>

#include "kiosk/admin/commands.hpp"

namespace kiosk::admin {
namespace {

Error usageError(std::string message) { return Error{"admin.usage", std::move(message), ""}; }

}  // namespace

const char* usage() {
    return "Cách dùng / Usage:\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] outbox status\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] outbox list [--limit N]\n"
           "  kiosk-admin [--config THƯ_MỤC] enroll THƯ_MỤC_ĐĂNG_KÝ\n"
           "  kiosk-admin [--config THƯ_MỤC] example-filing MÃ_THỦ_TỤC [--seed N]\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] enqueue HỒ_SƠ.json\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] receipt MÃ_HỒ_SƠ --out TỆP.pdf\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] receipt MÃ_HỒ_SƠ --print HÀNG_IN\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] supplement-receipt MÃ_HỒ_SƠ --out TỆP.pdf\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] supplement-receipt MÃ_HỒ_SƠ --print HÀNG_IN\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] staff add MÃ_CÁN_BỘ [--stdin]\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] staff remove MÃ_CÁN_BỘ\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] staff list\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] audit verify\n"
           "  kiosk-admin [--config THƯ_MỤC] [--data THƯ_MỤC] audit show [--since NĂM-THÁNG-NGÀY]\n"
           "  kiosk-admin vietqr --bin BIN --account SỐ_TK --amount SỐ_TIỀN --reference NỘI_DUNG\n"
           "  kiosk-admin --version\n"
           "\n"
           "  --config  thư mục cấu hình (mặc định /etc/kiosk) / config folder\n"
           "  --data    thư mục dữ liệu chứa outbox.db và master.key (mặc định /var/lib/kiosk với\n"
           "            /etc/kiosk, nếu không thì kiosk-data cạnh thư mục cấu hình) / data folder,\n"
           "            default /var/lib/kiosk for /etc/kiosk, else kiosk-data beside the config\n"
           "  --stdin   staff add: đọc mã PIN từ ống dẫn thay vì bàn phím / read the PIN from a\n"
           "            pipe instead of the terminal (scripts, tests)\n";
}

Result<Invocation> parseArguments(const std::vector<std::string>& args) {
    Invocation inv;
    bool dataGiven = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            inv.help = true;
            continue;
        }
        if (arg == "--stdin") {  // the one option without a value
            inv.options["stdin"] = "";
            continue;
        }
        if (arg.rfind("--", 0) != 0) {
            inv.words.push_back(arg);
            continue;
        }
        if (i + 1 >= args.size()) return usageError("Thiếu giá trị cho " + arg + " (missing value for " + arg + ")");
        const std::string name = arg.substr(2);
        const std::string& value = args[++i];
        if (name == "config") {
            inv.configDir = value;
        } else if (name == "data") {
            inv.dataDir = value;
            dataGiven = true;
        } else {
            inv.options[name] = value;
        }
    }
    if (!dataGiven) inv.dataDir = defaultDataDirFor(inv.configDir);
    return inv;
}

std::optional<config::Config> loadConfigFor(const Invocation& inv, std::ostream& err) {
    auto loaded = config::loadConfig(inv.configDir);
    if (loaded) return std::move(loaded).value();
    err << "kiosk-admin: cấu hình " << inv.configDir.string() << " có lỗi (the configuration has errors):\n";
    for (const auto& e : loaded.error()) err << "  " << e.format() << "\n";
    return std::nullopt;
}

int fail(std::ostream& err, const Error& error) {
    err << "kiosk-admin: " << error.message << " [" << error.code << "]\n";
    return 1;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto parsed = parseArguments(args);
    if (!parsed) {
        err << "kiosk-admin: " << parsed.error().message << "\n" << usage();
        return 2;
    }
    const Invocation& inv = *parsed;
    if (inv.help) {
        out << usage();
        return 0;
    }
    const auto& w = inv.words;
    if (w.size() == 2 && w[0] == "outbox" && w[1] == "status") return outboxStatus(inv, out, err);
    if (w.size() == 2 && w[0] == "outbox" && w[1] == "list") return outboxList(inv, out, err);
    if (w.size() == 1 && w[0] == "vietqr") return vietqr(inv, out, err);
    if (w.size() == 2 && w[0] == "enroll") return enroll(inv, out, err);
    if (w.size() == 2 && w[0] == "example-filing") return exampleFilingCommand(inv, out, err);
    if (w.size() == 2 && w[0] == "enqueue") return enqueueCommand(inv, out, err);
    if (w.size() == 2 && (w[0] == "receipt" || w[0] == "supplement-receipt")) return receiptCommand(inv, out, err);
    if (w.size() == 2 && w[0] == "audit" && w[1] == "verify") return auditVerify(inv, out, err);
    if (w.size() == 2 && w[0] == "audit" && w[1] == "show") return auditShow(inv, out, err);
    if (w.size() == 3 && w[0] == "staff" && w[1] == "add") return staffAdd(inv, std::cin, out, err);
    if (w.size() == 3 && w[0] == "staff" && w[1] == "remove") return staffRemove(inv, out, err);
    if (w.size() == 2 && w[0] == "staff" && w[1] == "list") return staffList(inv, out, err);
    err << "kiosk-admin: lệnh không hợp lệ (unknown command)\n" << usage();
    return 2;
}

}  // namespace kiosk::admin

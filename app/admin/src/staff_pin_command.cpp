// "staff-pin set [--stdin]": asks for the new staff PIN twice without echo and stores its hash in
// kiosk.toml [staff] pin_hash. The PIN never comes from the command line, where `ps` and the
// shell's history would keep it.
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include "kiosk/admin/commands.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/staff_pin.hpp"

namespace kiosk::admin {
namespace {

std::string trimmed(const std::string& line) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    return line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
}

bool isTableHeader(const std::string& line) { return trimmed(line).starts_with('['); }

bool isStaffHeader(const std::string& line) {
    const std::string t = trimmed(line);
    if (!t.starts_with("[staff]")) return false;
    const std::string rest = trimmed(t.substr(7));
    return rest.empty() || rest.starts_with('#');
}

// A `pin` or `pin_hash` key line: the old value goes, whichever it was.
bool isPinKey(const std::string& line) {
    std::string t = trimmed(line);
    for (const std::string key : {"pin_hash", "pin"}) {
        if (t.starts_with(key) && trimmed(t.substr(key.size())).starts_with('=')) return true;
    }
    return false;
}

// Reads one line with the terminal's echo off (when `terminal`), so the PIN is not shown.
std::string readSecret(std::istream& in, std::ostream& err, const char* prompt, bool terminal) {
    err << prompt << std::flush;
    termios saved{};
    const bool quiet = terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    std::getline(in, line);
    if (quiet) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << "\n";
    }
    return line;
}

// Written beside the file and renamed over it with the same permissions, so kiosk.toml is
// always either the old file or the new one.
bool writeAtomically(const std::filesystem::path& file, const std::string& text) {
    struct stat st{};
    const mode_t mode = ::stat(file.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644;
    const auto tmp = std::filesystem::path(file).concat(".tmp");
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) return false;
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (ok && std::rename(tmp.c_str(), file.c_str()) == 0) return true;
    std::filesystem::remove(tmp);
    return false;
}

}  // namespace

std::string withStaffPinHash(const std::string& toml, const std::string& pinHash) {
    const std::string entry = "pin_hash = \"" + pinHash + "\"";
    std::istringstream in(toml);
    std::string out, line;
    bool inStaff = false, written = false;
    while (std::getline(in, line)) {
        if (isTableHeader(line)) inStaff = isStaffHeader(line);
        if (inStaff && isPinKey(line)) continue;
        out += line + "\n";
        if (inStaff && !written && isStaffHeader(line)) {
            out += entry + "\n";
            written = true;
        }
    }
    if (!written) out += "\n[staff]\n" + entry + "\n";
    return out;
}

int staffPinCommand(const Invocation& inv, std::istream& in, std::ostream& out, std::ostream& err) {
    const bool fromStdin = inv.options.contains("stdin");
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    if (!fromStdin && !terminal) {
        return fail(err, Error{"admin.not_a_terminal",
                               "mã PIN phải được gõ ở bàn phím, không qua ống dẫn; dùng --stdin cho kịch bản (the PIN "
                               "is read from a terminal; pass --stdin to read it from a pipe)",
                               ""});
    }
    std::string pin = readSecret(in, err, "Mã PIN mới (new PIN): ", terminal && !fromStdin);
    std::string again = readSecret(in, err, "Nhập lại (again): ", terminal && !fromStdin);
    const bool same = pin == again;
    const bool acceptable = core::acceptableNewStaffPin(pin);
    const std::string hash = same && acceptable ? core::hashStaffPin(pin) : "";
    secureWipe(pin);
    secureWipe(again);
    if (!same) return fail(err, Error{"admin.pin_mismatch", "hai lần nhập không giống nhau (the two PINs differ)", ""});
    if (!acceptable) {
        return fail(err, Error{"admin.pin_weak", "mã PIN phải gồm 6 đến 12 chữ số (the PIN must be 6 to 12 digits)", ""});
    }
    const auto file = inv.configDir / "kiosk.toml";
    std::ifstream current(file, std::ios::binary);
    if (!current) return fail(err, Error{"admin.io", "không đọc được (cannot read) " + file.string(), ""});
    const std::string text((std::istreambuf_iterator<char>(current)), std::istreambuf_iterator<char>());
    if (!writeAtomically(file, withStaffPinHash(text, hash))) {
        return fail(err, Error{"admin.io", "không ghi được (cannot write) " + file.string(), ""});
    }
    out << "Đã lưu mã băm của mã PIN nhân viên vào " << file.string() << " (the staff PIN's hash is stored)\n";
    return 0;
}

}  // namespace kiosk::admin

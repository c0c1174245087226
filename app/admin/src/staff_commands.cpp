// "staff add ID [--stdin]", "staff remove ID", "staff list": the kiosk's staff members, kept in
// the outbox database beside the audit log (never in the config folder, so never in a config
// bundle). The PIN is asked twice with the terminal's echo off and never comes from argv, where
// `ps` and the shell's history would keep it. Adding and removing are audit entries.
#include <termios.h>
#include <unistd.h>

#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "kiosk/admin/commands.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/staff_pin.hpp"
#include "kiosk/core/staff_sign_in.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/staff_store.hpp"
#include "utc_time.hpp"

namespace kiosk::admin {
namespace {

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
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

outbox::OutboxOptions storeOptions(const Invocation& inv, bool create) {
    auto options = outbox::OutboxOptions::inDirectory(inv.dataDir, "");
    options.create = create;
    return options;
}

// Records `kind` for `operatorId`; the change itself is already made, so a failure is reported
// but does not undo it.
int audited(const Invocation& inv, core::AuditKind kind, const std::string& operatorId, std::ostream& err) {
    auto log = outbox::AuditStore::open(storeOptions(inv, false));
    auto appended = log ? (*log)->append(kind, operatorId) : Result<void>(log.error());
    if (!appended) return fail(err, appended.error());
    return 0;
}

}  // namespace

int staffAdd(const Invocation& inv, std::istream& in, std::ostream& out, std::ostream& err) {
    const std::string operatorId = core::normalOperatorId(inv.words.at(2));
    if (!core::isOperatorId(operatorId)) {
        return fail(err, Error{"staff.bad_operator_id",
                               "mã cán bộ phải gồm 1–32 chữ cái không dấu, chữ số, '-', '_' hoặc '.', bắt đầu bằng chữ "
                               "hoặc số, ví dụ CB-01 (an "
                               "operator id is 1-32 of A-Z, 0-9, '-', '_', '.', e.g. CB-01)",
                               "operator_id"});
    }
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
        return fail(err,
                    Error{"admin.pin_weak", "mã PIN phải gồm 6 đến 12 chữ số (the PIN must be 6 to 12 digits)", ""});
    }
    auto store = outbox::StaffStore::open(storeOptions(inv, true));
    if (!store) return fail(err, store.error());
    if (auto added = (*store)->add(operatorId, hash); !added) return fail(err, added.error());
    if (const int status = audited(inv, core::AuditKind::StaffAdded, operatorId, err); status != 0) return status;
    out << "Đã thêm cán bộ " << operatorId << " (staff member added)\n";
    return 0;
}

int staffRemove(const Invocation& inv, std::ostream& out, std::ostream& err) {
    const std::string operatorId = core::normalOperatorId(inv.words.at(2));
    auto store = outbox::StaffStore::open(storeOptions(inv, false));
    if (!store) return fail(err, store.error());
    if (auto removed = (*store)->remove(operatorId); !removed) return fail(err, removed.error());
    if (const int status = audited(inv, core::AuditKind::StaffRemoved, operatorId, err); status != 0) return status;
    out << "Đã xóa cán bộ " << operatorId << " (staff member removed)\n";
    return 0;
}

int staffList(const Invocation& inv, std::ostream& out, std::ostream& err) {
    auto store = outbox::StaffStore::open(storeOptions(inv, false));
    if (!store) return fail(err, store.error());
    const auto members = (*store)->list();
    if (!members) return fail(err, members.error());
    nlohmann::json j = nlohmann::json::array();
    for (const auto& m : *members) j.push_back({{"operator_id", m.operatorId}, {"added_at", utcTime(m.addedAt)}});
    out << j.dump(2) << "\n";
    return 0;
}

}  // namespace kiosk::admin

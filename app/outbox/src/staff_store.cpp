#include "kiosk/outbox/staff_store.hpp"

#include "database_setup.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/core/staff_pin_hash.hpp"

namespace kiosk::outbox {
namespace {

Error badOperatorId() {
    return Error{"staff.bad_operator_id",
                 "mã cán bộ phải gồm 1–32 chữ cái in hoa không dấu, chữ số, '-', '_' hoặc '.', bắt đầu bằng chữ hoặc "
                 "số, ví dụ CB-01 "
                 "(an operator id is 1-32 of A-Z, 0-9, '-', '_', '.', starting with a letter or digit, e.g. CB-01)",
                 "operator_id"};
}

}  // namespace

Result<std::unique_ptr<StaffStore>> StaffStore::open(const OutboxOptions& options) {
    auto db = openOutboxDatabase(options);
    if (!db) return db.error();
    return std::unique_ptr<StaffStore>(new StaffStore(options, std::move(*db)));
}

StaffStore::StaffStore(OutboxOptions options, Database db)
    : m_options(std::move(options)), m_db(std::make_unique<Database>(std::move(db))) {}

StaffStore::~StaffStore() = default;

Result<void> StaffStore::add(std::string_view operatorId, std::string_view pinHash) {
    if (!core::isOperatorId(operatorId)) return badOperatorId();
    if (!core::parseStaffPinHash(pinHash)) {
        return Error{"staff.bad_hash", "mã băm PIN không đúng dạng (the PIN hash is malformed)", "pin_hash"};
    }
    const std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        "INSERT INTO staff_member (operator_id, pin_hash, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        "staff add");
    if (!stmt) return stmt.error();
    stmt->bind(1, operatorId);
    stmt->bind(2, pinHash);
    stmt->bind(3, static_cast<std::int64_t>(nowOf(m_options).time_since_epoch().count()));
    if (auto done = stmt->run(); !done) return done.error();
    if (m_db->changes() == 0) {
        return Error{"staff.exists",
                     "đã có cán bộ mang mã " + std::string(operatorId) +
                         "; muốn đổi mã PIN thì xóa rồi thêm lại (this operator id is taken; to change the PIN, "
                         "remove and add again)",
                     std::string(operatorId)};
    }
    return {};
}

Result<void> StaffStore::remove(std::string_view operatorId) {
    const std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare("DELETE FROM staff_member WHERE operator_id = ?", "staff remove");
    if (!stmt) return stmt.error();
    stmt->bind(1, operatorId);
    if (auto done = stmt->run(); !done) return done.error();
    if (m_db->changes() == 0) {
        return Error{"staff.not_found", "không có cán bộ mang mã này (no staff member has this operator id)",
                     std::string(operatorId)};
    }
    return {};
}

Result<std::vector<StaffMember>> StaffStore::list() {
    const std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare("SELECT operator_id, added_at FROM staff_member ORDER BY operator_id", "staff list");
    if (!stmt) return stmt.error();
    std::vector<StaffMember> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back({stmt->columnText(0), Seconds(std::chrono::seconds(stmt->columnInt(1)))});
    }
}

Result<std::optional<std::string>> StaffStore::pinHashOf(std::string_view operatorId) {
    const std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare("SELECT pin_hash FROM staff_member WHERE operator_id = ?", "staff sign-in");
    if (!stmt) return stmt.error();
    stmt->bind(1, operatorId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<std::string>();
    return std::optional<std::string>(stmt->columnText(0));
}

Result<bool> StaffStore::hasMembers() {
    const std::lock_guard lock(m_mutex);
    auto count = m_db->queryInt("SELECT EXISTS (SELECT 1 FROM staff_member)", "staff list");
    if (!count) return count.error();
    return *count != 0;
}

}  // namespace kiosk::outbox

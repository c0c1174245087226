#pragma once
// The kiosk's staff members in the outbox database (table staff_member, schema v4): operator id,
// PIN hash, when added. Managed by kiosk-admin staff add|remove|list; read by the kiosk through
// core::StaffDirectory. Thread-safe: one connection behind a mutex.
#include <memory>
#include <mutex>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/core/staff_directory.hpp"
#include "kiosk/outbox/outbox.hpp"

namespace kiosk::sqlite {
class Database;
}

namespace kiosk::outbox {

struct StaffMember {
    std::string operatorId;
    Seconds addedAt{};
};

class StaffStore final : public core::StaffDirectory {
public:
    static Result<std::unique_ptr<StaffStore>> open(const OutboxOptions& options);
    ~StaffStore() override;
    StaffStore(const StaffStore&) = delete;
    StaffStore& operator=(const StaffStore&) = delete;

    // staff.bad_operator_id for an id that is not core::isAuditOperatorId; staff.exists when the
    // id is taken; staff.bad_hash for a hash core::verifyStaffPin cannot read.
    Result<void> add(std::string_view operatorId, std::string_view pinHash);
    // staff.not_found when there is no such member.
    Result<void> remove(std::string_view operatorId);
    // By operator id.
    Result<std::vector<StaffMember>> list();

    Result<std::optional<std::string>> pinHashOf(std::string_view operatorId) override;
    Result<bool> hasMembers() override;

private:
    StaffStore(OutboxOptions options, sqlite::Database db);

    OutboxOptions m_options;
    std::mutex m_mutex;
    std::unique_ptr<sqlite::Database> m_db;
};

}  // namespace kiosk::outbox

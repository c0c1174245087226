#pragma once
// The staff list and the audit log held in memory, for the flow and screen tests (the SQLite
// ones are app/outbox's, tested there). PIN hashes use the fewest rounds allowed, to stay quick.
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "kiosk/core/audit_log.hpp"
#include "kiosk/core/staff_directory.hpp"
#include "kiosk/core/staff_pin.hpp"
#include "kiosk/core/staff_pin_hash.hpp"

namespace kiosk::test {

class MemoryStaffDirectory final : public core::StaffDirectory {
public:
    void add(const std::string& operatorId, const std::string& pin) {
        const std::lock_guard lock(m_mutex);
        m_hashes[operatorId] = core::hashStaffPin(pin, core::kMinStaffPinIterations);
    }
    // Look-ups wait until release(): shows the sign-in worker busy while the screen goes on.
    void hold() {
        const std::lock_guard lock(m_mutex);
        m_held = true;
    }
    void release() {
        {
            const std::lock_guard lock(m_mutex);
            m_held = false;
        }
        m_released.notify_all();
    }
    // Every read fails from now on, as a damaged database would.
    void breakDown() {
        const std::lock_guard lock(m_mutex);
        m_broken = true;
    }
    Result<std::optional<std::string>> pinHashOf(std::string_view operatorId) override {
        std::unique_lock lock(m_mutex);
        m_released.wait(lock, [this] { return !m_held; });
        if (m_broken) return Error{"staff.io", "broken on purpose", ""};
        const auto it = m_hashes.find(std::string(operatorId));
        if (it == m_hashes.end()) return std::optional<std::string>();
        return std::optional<std::string>(it->second);
    }
    Result<bool> hasMembers() override {
        const std::lock_guard lock(m_mutex);
        return !m_hashes.empty();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_released;
    std::map<std::string, std::string> m_hashes;
    bool m_broken = false;
    bool m_held = false;
};

struct RecordedAudit {
    core::AuditKind kind;
    std::string operatorId, filingId, detail;
};

class MemoryAuditLog final : public core::AuditLog {
public:
    Result<void> append(core::AuditKind kind, std::string_view operatorId, std::string_view filingId,
                        std::string_view detail) override {
        if (failing) return Error{"audit.io", "failing on purpose", ""};
        if (!core::isAuditOperatorId(operatorId) || !core::isAuditFilingId(filingId) || !core::isAuditDetail(detail)) {
            return Error{"audit.bad_field", "bad field", ""};
        }
        entries.push_back({kind, std::string(operatorId), std::string(filingId), std::string(detail)});
        return {};
    }
    std::vector<RecordedAudit> entries;
    bool failing = false;  // every append fails, as on a full disk
};

}  // namespace kiosk::test

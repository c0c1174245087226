#pragma once
// The kiosk's status port (core::StatusSource) read from the outbox's status cache, which
// kiosk-sync fills. Part of the composition root: core and ui never see app/outbox.
#include "kiosk/core/filing_status.hpp"
#include "kiosk/outbox/outbox.hpp"

namespace kiosk {

class OutboxStatusSource final : public core::StatusSource {
public:
    explicit OutboxStatusSource(outbox::Outbox& box) : m_box(box) {}
    Result<std::optional<core::FilingStatus>> statusOf(std::string_view reference) override;
    Result<std::vector<std::string>> referencesEndingWith(std::string_view key, int limit) override {
        return m_box.referencesEndingWith(key, limit);
    }
    Result<bool> applicantIs(std::string_view reference, std::string_view idNumber) override;
    Result<void> requestPayment(std::string_view reference) override;

private:
    outbox::Outbox& m_box;
};

}  // namespace kiosk

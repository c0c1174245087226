#pragma once
// The flow state machine: (session, action) -> session. Applied in place, so the personal data
// in a session is never copied into a temporary that is freed without being wiped.
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "core/action.hpp"
#include "core/filing_status.hpp"
#include "core/filing_store.hpp"
#include "core/session.hpp"

namespace kiosk::core {

// What a step may consult besides the session: the date, where filings go, and the config a
// fresh session should start with (the newest good one).
struct FlowContext {
    FilingStore& store;
    std::chrono::year_month_day today;
    std::shared_ptr<const config::Config> latestConfig;
    std::string staffPin;  // empty: the staff screen stays locked
    StatusSource* status = nullptr;  // the local status cache; none: look-ups say so plainly
    // The kiosk's local time for the receipt; unset: the system clock in the local time zone.
    std::optional<std::chrono::local_seconds> now;
};

// Whether the screen shows something the status cache may change (the receipt, the fee): the
// kiosk then applies act::RefreshStatus every few seconds.
bool wantsStatusRefresh(const Session& session);

// Moves `session` on by `action`. Actions that make no sense on the current screen are ignored.
void apply(Session& session, const Action& action, const FlowContext& ctx);

}  // namespace kiosk::core

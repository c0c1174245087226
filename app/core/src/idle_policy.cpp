#include "kiosk/core/idle_policy.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

constexpr int kMinWarningSeconds = 20;  // WCAG 2.2.1
constexpr int kMinTimeoutSeconds = 30;

}  // namespace

IdlePolicy::IdlePolicy(int timeoutSeconds, int warningSeconds)
    : m_timeout(std::max(timeoutSeconds, kMinTimeoutSeconds)),
      m_warning(std::clamp(warningSeconds, kMinWarningSeconds,
                           std::max(timeoutSeconds, kMinTimeoutSeconds) - 1)) {}

void IdlePolicy::noteActivity(Clock::time_point now) { m_lastActivity = now; }

void IdlePolicy::setLimits(int timeoutSeconds, int warningSeconds, Clock::time_point now) {
    const IdlePolicy next(timeoutSeconds, warningSeconds);
    if (next.m_timeout == m_timeout && next.m_warning == m_warning) return;
    m_timeout = next.m_timeout;
    m_warning = next.m_warning;
    m_lastActivity = now;
}

IdlePolicy::Status IdlePolicy::status(Clock::time_point now, bool sessionInUse) const {
    if (!sessionInUse) return {Phase::Idle, 0};
    const auto deadline = m_lastActivity + m_timeout;
    if (now >= deadline) return {Phase::Expired, 0};
    if (now < deadline - m_warning) return {Phase::Active, 0};
    const auto left = deadline - now;
    const auto whole = std::chrono::ceil<std::chrono::seconds>(left);
    return {Phase::Warning, static_cast<int>(whole.count())};
}

std::optional<IdlePolicy::Clock::time_point> IdlePolicy::nextWakeup(Clock::time_point now,
                                                                    bool sessionInUse) const {
    if (!sessionInUse) return std::nullopt;
    const auto deadline = m_lastActivity + m_timeout;
    const auto warningStart = deadline - m_warning;
    if (now < warningStart) return warningStart;
    if (now >= deadline) return now;
    // The countdown shows whole seconds left (rounded up), so the number changes when the time
    // left reaches one second less than what is shown; at zero that is the deadline itself.
    const auto shown = std::chrono::ceil<std::chrono::seconds>(deadline - now);
    return deadline - (shown - std::chrono::seconds(1));
}

}  // namespace kiosk::core

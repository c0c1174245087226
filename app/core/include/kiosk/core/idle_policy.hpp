#pragma once
// When an unattended session is warned about and then wiped (WCAG 2.2.1: warn at least 20 s
// ahead, extendable with one simple action, any number of times). Time is passed in, never read.
#include <chrono>
#include <optional>

namespace kiosk::core {

class IdlePolicy {
public:
    using Clock = std::chrono::steady_clock;

    enum class Phase { Idle, Active, Warning, Expired };

    struct Status {
        Phase phase = Phase::Idle;
        int secondsLeft = 0;  // whole seconds until the wipe, rounded up; only while Warning
    };

    // `warningSeconds` is raised to 20 and kept shorter than the timeout, which is at least 30 s.
    IdlePolicy(int timeoutSeconds, int warningSeconds);

    // A touch, key or "Tôi cần thêm thời gian": the timeout starts again from `now`.
    void noteActivity(Clock::time_point now);

    // New limits (a reloaded config, or the kiosk starting or ending a wait on a payment or a
    // printer), raised as the constructor raises them. When they differ from the current ones
    // the timeout starts again from `now`: a shorter one must not wipe a session unwarned, and
    // a citizen whose payment just arrived gets the whole ordinary timeout for the receipt.
    void setLimits(int timeoutSeconds, int warningSeconds, Clock::time_point now);

    // Where the timer stands for a session that is (or is not) in use.
    Status status(Clock::time_point now, bool sessionInUse) const;

    // When the screen must next be redrawn without input: the moment the warning appears, then
    // each second of its countdown, then the wipe. Nullopt when no session is in use.
    std::optional<Clock::time_point> nextWakeup(Clock::time_point now, bool sessionInUse) const;

    int warningSeconds() const { return static_cast<int>(m_warning.count()); }
    int timeoutSeconds() const { return static_cast<int>(m_timeout.count()); }

private:
    std::chrono::seconds m_timeout;
    std::chrono::seconds m_warning;
    Clock::time_point m_lastActivity{};
};

}  // namespace kiosk::core

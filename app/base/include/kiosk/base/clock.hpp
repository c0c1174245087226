#pragma once
// The kiosk's one source of time. Whatever needs the time asks the Clock it was handed, never
// the system, so a test's clock moves timeouts, countdowns and dates together.
#include <chrono>

namespace kiosk {

class Clock {
public:
    using Steady = std::chrono::steady_clock;

    virtual ~Clock() = default;
    // Monotonic time: timeouts, countdowns, progress bars, the staff corner's taps.
    virtual Steady::time_point steadyNow() const = 0;
    // The wall-clock time in the kiosk's time zone: dates, receipts, the staff keypad's wait.
    virtual std::chrono::local_seconds localNow() const = 0;
    // Today's date in the kiosk's time zone.
    std::chrono::year_month_day today() const;
};

// The system's steady clock and its wall clock in the local time zone (TZ, /etc/localtime).
class SystemClock final : public Clock {
public:
    Steady::time_point steadyNow() const override;
    std::chrono::local_seconds localNow() const override;
};

// A clock that moves only when told to (tests): both times move on together.
class ManualClock final : public Clock {
public:
    ManualClock(Steady::time_point steady, std::chrono::local_seconds local) : m_steady(steady), m_local(local) {}

    Steady::time_point steadyNow() const override { return m_steady; }
    std::chrono::local_seconds localNow() const override { return std::chrono::floor<std::chrono::seconds>(m_local); }

    void advance(std::chrono::milliseconds by) {
        m_steady += by;
        m_local += by;
    }
    // Another date or time of day; the steady time does not jump with it.
    void setLocal(std::chrono::local_seconds local) { m_local = local; }

private:
    Steady::time_point m_steady;
    std::chrono::local_time<std::chrono::milliseconds> m_local;
};

}  // namespace kiosk

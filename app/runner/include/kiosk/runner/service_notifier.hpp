#pragma once
// Tells systemd how the kiosk is doing when it runs as a service (kiosk-session.service:
// Type=notify, WatchdogSec=): READY=1 once the first frame is on screen, then WATCHDOG=1 from the
// UI thread for as long as that thread keeps coming back to its loop. A hung UI thread stops the
// pings and systemd restarts the session. Without NOTIFY_SOCKET (a developer's run, the tests)
// it sends nothing.
#include <chrono>
#include <optional>

namespace kiosk::runner {

class ServiceNotifier {
public:
    using Clock = std::chrono::steady_clock;

    // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID. Under cage, systemd's main process is
    // the compositor, our parent, so a WATCHDOG_PID naming the parent counts as ours.
    static ServiceNotifier fromEnvironment();

    // The watchdog's timeout, when systemd asked for pings.
    std::optional<std::chrono::microseconds> watchdogTimeout() const { return m_timeout; }

    void ready();
    // Called by the UI thread from its loop (the frame loop's poll, each time it wakes); sends
    // WATCHDOG=1 when one is due.
    void alive(Clock::time_point now);
    // When alive() must be called next for a ping to be in time; nullopt without a watchdog.
    std::optional<Clock::time_point> nextPing() const;

private:
    std::optional<std::chrono::microseconds> m_timeout;
    std::optional<Clock::time_point> m_lastPing;
};

// For the session test only: when KIOSK_TEST_HANG_ON_SIGUSR2=1 is in the environment, SIGUSR2
// makes the UI thread hang for good at its next alive() call, as a real hang would, so the test
// can watch the pings stop. Without that variable SIGUSR2 keeps its default meaning.
void armTestHangSignal();

}  // namespace kiosk::runner

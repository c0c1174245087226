#include "kiosk/runner/service_notifier.hpp"

#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <string>

namespace kiosk::runner {
namespace {

volatile std::sig_atomic_t g_hangRequested = 0;

void requestHang(int) { g_hangRequested = 1; }

std::optional<long long> environmentNumber(const char* name) {
    const char* text = std::getenv(name);
    if (text == nullptr || *text == '\0') return std::nullopt;
    char* end = nullptr;
    const long long value = std::strtoll(text, &end, 10);
    if (*end != '\0' || value <= 0) return std::nullopt;
    return value;
}

}  // namespace

ServiceNotifier ServiceNotifier::fromEnvironment() {
    ServiceNotifier notifier;
    const auto usec = environmentNumber("WATCHDOG_USEC");
    const auto pid = environmentNumber("WATCHDOG_PID");
    const bool forUs = !pid || *pid == ::getpid() || *pid == ::getppid();
    if (usec && forUs && std::getenv("NOTIFY_SOCKET") != nullptr) {
        notifier.m_timeout = std::chrono::microseconds(*usec);
    }
    return notifier;
}

void ServiceNotifier::ready() { sd_notify(0, "READY=1"); }

void ServiceNotifier::alive(Clock::time_point now) {
    while (g_hangRequested) ::pause();  // the test's hung UI thread: no frames, no pings
    if (!m_timeout) return;
    // A ping a quarter of the timeout after the last one leaves systemd three more chances.
    if (m_lastPing && now - *m_lastPing < *m_timeout / 4) return;
    sd_notify(0, "WATCHDOG=1");
    m_lastPing = now;
}

std::optional<ServiceNotifier::Clock::time_point> ServiceNotifier::nextPing() const {
    if (!m_timeout) return std::nullopt;
    if (!m_lastPing) return Clock::time_point{};  // the first ping: at once
    // An idle loop wakes for the watchdog alone a third of the timeout after the last ping (once
    // a second under WatchdogSec=3, as when it polled the config folder), still two chances early.
    return *m_lastPing + *m_timeout / 3;
}

void armTestHangSignal() {
    const char* armed = std::getenv("KIOSK_TEST_HANG_ON_SIGUSR2");
    if (armed == nullptr || std::string(armed) != "1") return;
    struct sigaction action {};
    action.sa_handler = requestHang;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGUSR2, &action, nullptr);
}

}  // namespace kiosk::runner

#pragma once
// The receiving end of systemd's notify protocol, as a test owns it: a datagram socket that
// records each message (READY=1, WATCHDOG=1, ...) with the sender's pid and when it arrived.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::test {

struct Notification {
    std::string text;
    pid_t sender = 0;
    std::chrono::steady_clock::time_point at;
};

class NotifyListener {
public:
    // Binds `path`, writable by anyone, so a sender running as another user reaches it.
    explicit NotifyListener(const std::filesystem::path& path);
    ~NotifyListener();
    NotifyListener(const NotifyListener&) = delete;
    NotifyListener& operator=(const NotifyListener&) = delete;

    // The next message, or nullopt when none arrives within `timeout`.
    std::optional<Notification> next(std::chrono::milliseconds timeout);
    // The next message whose text holds `line` (e.g. "WATCHDOG=1"), skipping others.
    std::optional<Notification> nextWith(const std::string& line, std::chrono::milliseconds timeout);

private:
    int m_fd = -1;
};

}  // namespace kiosk::test

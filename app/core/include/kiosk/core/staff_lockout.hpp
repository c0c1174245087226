#pragma once
// The staff keypad's lockout: after 3 wrong PINs in a row it refuses for 30 s, doubling with
// each further wrong PIN (capped at 30 s x 1024, about 8.5 hours). The count and the end of the
// lockout are kept in a small file in the kiosk's data folder, so a restart does not reset them.
#include <chrono>
#include <filesystem>

namespace kiosk::core {

class StaffLockout {
public:
    using Time = std::chrono::local_seconds;

    static constexpr int kFreeFailures = 3;
    static constexpr std::chrono::seconds kFirstWait{30};

    // Kept in memory only (the screens' tests); the kiosk itself uses open().
    StaffLockout() = default;
    // Reads `file`. Absent: no failures. Unreadable or corrupt: locked for kFirstWait from `now`.
    static StaffLockout open(std::filesystem::path file, Time now);

    // How long the keypad still refuses at `now`; zero when it accepts a PIN.
    std::chrono::seconds remaining(Time now) const;
    // A wrong PIN at `now`: counts it, saves, and returns the wait it starts (zero for the first
    // kFreeFailures - 1).
    std::chrono::seconds recordFailure(Time now);
    // The right PIN: the count starts again.
    void recordSuccess();

    int failures() const { return m_failures; }

    // The wait after the `failures`-th wrong PIN in a row.
    static std::chrono::seconds waitAfter(int failures);

private:
    void save() const;

    std::filesystem::path m_file;  // empty: not saved
    int m_failures = 0;
    Time m_lockedUntil{};
};

}  // namespace kiosk::core

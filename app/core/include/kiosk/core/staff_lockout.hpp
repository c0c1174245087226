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
    // A PIN went to be checked: no other is taken until its answer is counted (or given up),
    // so a guesser cannot queue attempts faster than the lockout counts them.
    void startCheck() { m_checking = true; }
    bool checking() const { return m_checking; }
    // The check gave no answer (the staff list could not be read): nothing is counted.
    void abandonCheck() { m_checking = false; }
    // A wrong PIN at `now`: counts it, saves, and returns the wait it starts (zero for the first
    // kFreeFailures - 1). Ends the check in hand.
    std::chrono::seconds recordFailure(Time now);
    // The right PIN: the count starts again. Ends the check in hand.
    void recordSuccess();
    // The end of the wait the last failure started (a past time when there is none).
    Time lockedUntil() const { return m_lockedUntil; }

    int failures() const { return m_failures; }

    // The wait after the `failures`-th wrong PIN in a row.
    static std::chrono::seconds waitAfter(int failures);

private:
    void save() const;

    std::filesystem::path m_file;  // empty: not saved
    int m_failures = 0;
    Time m_lockedUntil{};
    bool m_checking = false;  // not saved: a restart drops the check in hand with its worker
};

}  // namespace kiosk::core

#include "kiosk/core/staff_lockout.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace kiosk::core {
namespace {

constexpr int kMaxDoublings = 10;
constexpr long long kMaxFailures = 1000000;

// "failures=N\nlocked_until=SECONDS\n" and nothing else.
bool parse(const std::string& text, int& failures, long long& lockedUntil) {
    std::istringstream in(text);
    std::string key1, key2;
    long long count = -1;
    if (!std::getline(in, key1, '=') || key1 != "failures" || !(in >> count) || in.get() != '\n') return false;
    if (!std::getline(in, key2, '=') || key2 != "locked_until" || !(in >> lockedUntil) || in.get() != '\n') {
        return false;
    }
    if (in.peek() != std::char_traits<char>::eof()) return false;
    if (count < 0 || count > kMaxFailures || lockedUntil < 0) return false;
    failures = static_cast<int>(count);
    return true;
}

}  // namespace

StaffLockout StaffLockout::open(std::filesystem::path file, Time now) {
    StaffLockout lockout;
    lockout.m_file = std::move(file);
    std::error_code ec;
    if (!std::filesystem::exists(lockout.m_file, ec) && !ec) return lockout;
    std::ifstream in(lockout.m_file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    long long until = 0;
    if (in.bad() || ec || text.size() > 256 || !parse(text, lockout.m_failures, until)) {
        // A file that is there but unreadable was damaged, or tampered with to clear the count.
        // Reading it as "no failures" would hand a guesser a free reset; locking for good would
        // shut staff out. The first lockout's wait is the middle way, and the file is rewritten.
        std::cerr << "kiosk: tệp khóa bàn phím nhân viên bị hỏng, khóa " << kFirstWait.count()
                  << " giây (staff lockout file is corrupt, locking the keypad for " << kFirstWait.count() << " s)\n";
        lockout.m_failures = kFreeFailures;
        lockout.m_lockedUntil = now + kFirstWait;
        lockout.save();
        return lockout;
    }
    lockout.m_lockedUntil = Time(std::chrono::seconds(until));
    return lockout;
}

std::chrono::seconds StaffLockout::waitAfter(int failures) {
    if (failures < kFreeFailures) return std::chrono::seconds(0);
    return kFirstWait * (1LL << std::min(failures - kFreeFailures, kMaxDoublings));
}

std::chrono::seconds StaffLockout::remaining(Time now) const {
    return std::max(std::chrono::seconds(0), m_lockedUntil - now);
}

std::chrono::seconds StaffLockout::recordFailure(Time now) {
    m_checking = false;
    m_failures = static_cast<int>(std::min<long long>(m_failures + 1LL, kMaxFailures));
    const auto wait = waitAfter(m_failures);
    if (wait > std::chrono::seconds(0)) m_lockedUntil = now + wait;
    save();
    return wait;
}

void StaffLockout::recordSuccess() {
    m_checking = false;
    m_failures = 0;
    m_lockedUntil = Time{};
    save();
}

// Written to a temporary file, flushed to disk and renamed over the old one, so a power cut
// leaves either the old count or the new one, never half a file (which would read as corrupt).
void StaffLockout::save() const {
    if (m_file.empty()) return;
    const auto tmp = std::filesystem::path(m_file).concat(".tmp");
    const std::string text = "failures=" + std::to_string(m_failures) +
                             "\nlocked_until=" + std::to_string(m_lockedUntil.time_since_epoch().count()) + "\n";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    if (fd >= 0) ok = ::close(fd) == 0 && ok;
    ok = ok && std::rename(tmp.c_str(), m_file.c_str()) == 0;
    if (!ok) {
        std::cerr << "kiosk: không ghi được tệp khóa bàn phím nhân viên, chỉ giữ trong bộ nhớ (cannot save the "
                     "staff lockout file, keeping it in memory) "
                  << m_file.string() << '\n';
    }
}

}  // namespace kiosk::core

#pragma once
// The time budget of one scan, checked between stages and handed to Tesseract.
#include <chrono>

namespace scanners {

class Deadline {
public:
    explicit Deadline(std::chrono::milliseconds budget)
        : m_start(Clock::now()), m_end(m_start + budget) {}

    bool passed() const { return Clock::now() >= m_end; }
    int remainingMs() const {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_end - Clock::now());
        return left.count() > 0 ? static_cast<int>(left.count()) : 0;
    }
    // Moves the end later by `extra` (time spent on a stage that must not shorten the rest).
    void extend(std::chrono::milliseconds extra) { m_end += extra; }

    long elapsedMs() const {
        return static_cast<long>(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_start).count());
    }

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_start;
    Clock::time_point m_end;
};

}  // namespace scanners

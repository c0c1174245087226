#pragma once
// Where a worker leaves what it finished for the thread that asked: any thread posts, one
// thread takes, in the order posted. Each post calls `wake` (set by whoever waits, e.g. the
// runner pushing an SDL event), so the taker sleeps until there is something and never polls.
// Items may hold personal data: what is never taken is wiped through `wipe` when the mailbox goes.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>

namespace kiosk {

template <typename T>
class Mailbox {
public:
    explicit Mailbox(std::function<void(T&)> wipe = {}) : m_wipe(std::move(wipe)) {}
    ~Mailbox() {
        for (auto& item : m_items) {
            if (m_wipe) m_wipe(item);
        }
    }
    Mailbox(const Mailbox&) = delete;
    Mailbox& operator=(const Mailbox&) = delete;

    // Called after every post, on the posting thread, outside the mailbox's lock; it must be
    // quick and must not take from this mailbox. Empty: nobody is woken (the taker polls).
    void setWake(std::function<void()> wake) {
        std::lock_guard lock(m_mutex);
        m_wakeUp = std::move(wake);
    }

    void post(T item) {
        std::function<void()> wake;
        {
            std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(item));
            wake = m_wakeUp;
        }
        m_posted.notify_all();
        if (wake) wake();
    }

    // The oldest item, if any, without waiting.
    std::optional<T> take() {
        std::lock_guard lock(m_mutex);
        return popFront();
    }

    // Waits up to `timeout` for an item (tests, and an owner shutting down).
    std::optional<T> waitTake(std::chrono::milliseconds timeout) {
        std::unique_lock lock(m_mutex);
        m_posted.wait_for(lock, timeout, [this] { return !m_items.empty(); });
        return popFront();
    }

    bool empty() const {
        std::lock_guard lock(m_mutex);
        return m_items.empty();
    }

private:
    std::optional<T> popFront() {
        if (m_items.empty()) return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        return item;
    }

    const std::function<void(T&)> m_wipe;
    mutable std::mutex m_mutex;
    std::condition_variable m_posted;
    std::deque<T> m_items;
    std::function<void()> m_wakeUp;
};

}  // namespace kiosk

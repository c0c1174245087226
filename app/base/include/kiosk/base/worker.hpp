#pragma once
// The kiosk's one way of doing slow work off the UI thread (reading a card, scanning a page,
// printing, speaking): one thread and a queue of jobs, run one at a time in the order submitted.
// Jobs carry personal data, so stop() lets the job in hand finish, drops every job still queued
// (each through `drop`, which wipes it), then runs `finish` on the thread, where the owner wipes
// what the thread itself holds (kept pictures, a half-read card), and joins. The destructor stops.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace kiosk {

template <typename Job>
class Worker {
public:
    struct Steps {
        std::function<void(Job&)> run;        // each job, on the worker thread
        std::function<void(Job&)> drop = {};  // a job removed unrun (stop, dropPending): wipe it
        std::function<void()> start = {};     // once, on the thread, before the first job
        std::function<void()> finish = {};    // once, on the thread, after the last job
    };

    explicit Worker(Steps steps) : m_steps(std::move(steps)), m_thread([this] { loop(); }) {}
    ~Worker() { stop(); }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    // Queues a job and returns at once. After stop() the job is dropped (wiped), never run.
    void submit(Job job) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_stopping) {
                m_jobs.push_back(std::move(job));
                m_wake.notify_one();
                return;
            }
        }
        if (m_steps.drop) m_steps.drop(job);
    }

    // Drops the jobs still queued (the job in hand finishes); returns how many were dropped.
    std::size_t dropPending() {
        std::deque<Job> dropped;
        {
            std::lock_guard lock(m_mutex);
            dropped.swap(m_jobs);
        }
        for (auto& job : dropped) {
            if (m_steps.drop) m_steps.drop(job);
        }
        if (!dropped.empty()) m_idle.notify_all();
        return dropped.size();
    }

    // Finishes the job in hand, drops the rest, wipes through `finish`, joins. Idempotent; from
    // any thread but the worker's own.
    void stop() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        dropPending();
        m_wake.notify_all();
        if (m_thread.joinable()) m_thread.join();
    }

    // No job queued and none running.
    bool idle() const {
        std::lock_guard lock(m_mutex);
        return m_jobs.empty() && !m_running;
    }

    // Waits up to `timeout` for idle() (tests, and an owner that must see its jobs done).
    bool waitIdle(std::chrono::milliseconds timeout) const {
        std::unique_lock lock(m_mutex);
        return m_idle.wait_for(lock, timeout, [this] { return m_jobs.empty() && !m_running; });
    }

private:
    void loop() {
        if (m_steps.start) m_steps.start();
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_stopping) break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
                m_running = true;
            }
            m_steps.run(job);
            {
                std::lock_guard lock(m_mutex);
                m_running = false;
            }
            m_idle.notify_all();
        }
        if (m_steps.finish) m_steps.finish();
    }

    const Steps m_steps;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;          // the thread waits for a job or stop()
    mutable std::condition_variable m_idle;  // waitIdle() waits for the thread
    std::deque<Job> m_jobs;
    bool m_running = false;
    bool m_stopping = false;
    std::thread m_thread;  // last: starts after everything above exists
};

}  // namespace kiosk

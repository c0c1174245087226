// The one worker type: jobs run in the order submitted on one thread other than the caller's;
// stopping finishes the job in hand, drops (and wipes) the jobs still queued, runs `finish` on
// the thread so the owner wipes what it holds, and runs nothing afterwards. The mailbox hands
// results back in order and calls its wake on every post, from the posting thread.
#include <doctest/doctest.h>

#include <atomic>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/base/worker.hpp"

using namespace std::chrono_literals;

namespace {

// A gate the test opens: holds the worker inside a job so the queue behind it stays put.
class Gate {
public:
    void wait() { m_open.get_future().wait(); }
    void open() { m_open.set_value(); }

private:
    std::promise<void> m_open;
};

}  // namespace

TEST_CASE("jobs run one at a time, in the order submitted, off the caller's thread") {
    std::vector<int> ran;  // worker thread only until waitIdle
    std::atomic<bool> elsewhere{true};
    const auto caller = std::this_thread::get_id();
    kiosk::Worker<int> worker({.run = [&](int& job) {
        ran.push_back(job);
        if (std::this_thread::get_id() == caller) elsewhere = false;
    }});
    for (int i = 0; i < 100; ++i) worker.submit(i);
    REQUIRE(worker.waitIdle(20s));
    CHECK(worker.idle());
    REQUIRE(ran.size() == 100);
    for (int i = 0; i < 100; ++i) CHECK(ran[i] == i);
    CHECK(elsewhere);
}

TEST_CASE("stop finishes the job in hand, wipes the queued ones unrun, then wipes what the thread holds") {
    Gate inJob;
    Gate queueDropped;
    Gate release;
    std::vector<std::string> ran;
    std::vector<std::string> dropped;   // what the drop step was handed, after it wiped it
    std::string held = "079203001234";  // the thread's own copy of a citizen's number
    bool finishedAfterJobs = false;
    {
        kiosk::Worker<std::string> worker({
            .run =
                [&](std::string& job) {
                    if (ran.empty()) {
                        inJob.open();
                        release.wait();
                    }
                    ran.push_back(job);
                },
            .drop =
                [&](std::string& job) {
                    kiosk::secureWipe(job);
                    dropped.push_back(job);
                    if (dropped.size() == 2) queueDropped.open();
                },
            .finish =
                [&] {
                    finishedAfterJobs = ran.size() == 1;
                    kiosk::secureWipe(held);
                },
        });
        worker.submit("in hand");
        inJob.wait();
        worker.submit("Nguyễn Văn An");
        worker.submit("079203001235");
        std::thread stopper([&] { worker.stop(); });
        queueDropped.wait();  // stopping, with the first job still in hand
        release.open();
        stopper.join();
        worker.submit("after stop");  // dropped too: a stopped worker runs nothing
    }
    CHECK(ran == std::vector<std::string>{"in hand"});
    REQUIRE(dropped.size() == 3);
    for (const auto& job : dropped) CHECK(job.empty());
    CHECK(finishedAfterJobs);
    CHECK(held.empty());
}

TEST_CASE("dropPending drops what is queued and the worker goes on taking new jobs") {
    Gate inJob;
    Gate release;
    std::vector<int> ran;
    int dropped = 0;
    kiosk::Worker<int> worker({
        .run =
            [&](int& job) {
                if (job == 0) {
                    inJob.open();
                    release.wait();
                }
                ran.push_back(job);
            },
        .drop = [&](int&) { ++dropped; },
    });
    worker.submit(0);
    inJob.wait();
    worker.submit(1);
    worker.submit(2);
    CHECK_FALSE(worker.idle());
    CHECK(worker.dropPending() == 2);
    release.open();
    worker.submit(3);
    REQUIRE(worker.waitIdle(20s));
    CHECK(ran == std::vector<int>{0, 3});
    CHECK(dropped == 2);
}

TEST_CASE("start runs on the thread before the first job") {
    std::atomic<int> order{0};
    int startedAt = -1;
    int ranAt = -1;
    kiosk::Worker<int> worker({
        .run = [&](int&) { ranAt = order++; },
        .start = [&] { startedAt = order++; },
    });
    worker.submit(1);
    REQUIRE(worker.waitIdle(20s));
    CHECK(startedAt == 0);
    CHECK(ranAt == 1);
}

TEST_CASE("the mailbox hands items back in order and wakes the taker on every post") {
    kiosk::Mailbox<int> box;
    std::atomic<int> wakes{0};
    std::mutex mutex;
    std::vector<std::thread::id> wokeOn;
    box.setWake([&] {
        std::lock_guard lock(mutex);
        wokeOn.push_back(std::this_thread::get_id());
        ++wakes;
    });
    CHECK_FALSE(box.take());
    std::thread thread([&] {
        for (int i = 0; i < 50; ++i) box.post(i);
    });
    const auto poster = thread.get_id();
    thread.join();
    CHECK(wakes == 50);
    for (const auto id : wokeOn) CHECK(id == poster);
    for (int i = 0; i < 50; ++i) {
        const auto item = box.take();
        REQUIRE(item);
        CHECK(*item == i);
    }
    CHECK(box.empty());
}

TEST_CASE("a worker posting to a mailbox wakes a taker that waits, never polls") {
    kiosk::Mailbox<std::string> results;
    std::promise<void> woken;
    results.setWake([&] { woken.set_value(); });
    kiosk::Worker<std::string> worker({.run = [&](std::string& job) { results.post(job + " done"); }});
    worker.submit("scan");
    REQUIRE(woken.get_future().wait_for(20s) == std::future_status::ready);
    const auto result = results.take();
    REQUIRE(result);
    CHECK(*result == "scan done");
}

TEST_CASE("what is never taken is wiped with the mailbox") {
    std::vector<std::string> wiped;
    {
        kiosk::Mailbox<std::string> box([&](std::string& item) {
            kiosk::secureWipe(item);
            wiped.push_back(item);
        });
        box.post("Lê Thị Hoa");
        box.post("079203001234");
        CHECK(box.take() == "Lê Thị Hoa");
    }
    REQUIRE(wiped.size() == 1);
    CHECK(wiped.front().empty());
}

// The portal goes away mid-drain and comes back on the same address: kiosk-sync backs off while
// it is gone, then finishes, each filing once. SIGTERM stops kiosk-sync cleanly and quickly.
#include <doctest/doctest.h>
#include <signal.h>

#include <optional>
#include <thread>

#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("portal restart mid-drain: every filing once; SIGTERM ends kiosk-sync with status 0") {
    TempDir dir("sync-restart");
    const auto data = dir.path() / "portal";
    std::optional<PortalProcess> portal;
    portal.emplace(data);
    const int port = portal->port();
    SyncKiosk kiosk(data);
    const auto filings = kiosk.enqueue(40, 1, 2048);

    const pid_t pid = kiosk.start(fastRetry());
    const auto box = kiosk.open();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{30};
    while (box->statusCounts()->delivered < 8 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds{10});
    }
    portal->stop();
    portal.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds{700});
    const auto whileDown = box->statusCounts()->delivered;
    CHECK(whileDown < 40);
    portal.emplace(data, std::vector<std::string>{}, port);

    CHECK(kiosk.waitDrained(std::chrono::seconds{60}));
    const auto before = std::chrono::steady_clock::now();
    CHECK(SyncKiosk::stop(pid, SIGTERM) == 0);
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds{3});
    INFO(kiosk.log());
    CHECK(kiosk.log().find("network.connect") != std::string::npos);  // it did see the portal gone
    CHECK(kiosk.log().find("stopped on signal") != std::string::npos);
    checkExactlyOnce(data, filings, *box);
    portal->stop();
}

TEST_CASE("SIGTERM during a slow request stops kiosk-sync at once, and the filing is sent later") {
    TempDir dir("sync-sigterm");
    const auto data = dir.path() / "portal";
    PortalProcess slow(data, {"--faults", "delay_ms=4000-5000"});
    SyncKiosk kiosk(data);
    const auto filings = kiosk.enqueue(2, 1, 1024);
    const pid_t pid = kiosk.start(fastRetry());
    std::this_thread::sleep_for(std::chrono::milliseconds{800});
    const auto before = std::chrono::steady_clock::now();
    CHECK(SyncKiosk::stop(pid, SIGTERM) == 0);
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds{2});
    INFO(kiosk.log());
    CHECK(kiosk.counts().pending == 2);
    slow.stop();

    PortalProcess fast(data, {}, 0);
    kiosk.setPortalUrl(fast.url());
    CHECK(kiosk.run({"--drain"}) == 0);
    auto box = kiosk.open();
    checkExactlyOnce(data, filings, *box);
}

// Each fault kind of kiosk-portal --faults, one portal per kind: however often the portal errs,
// drops the connection, commits and then drops it, is slow, overloaded or hidden behind a
// captive page, every filing ends up at the portal exactly once with its content.
#include <doctest/doctest.h>

#include <algorithm>

#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

bool containsAny(const std::string& log, const std::vector<std::string>& codes) {
    return std::any_of(codes.begin(), codes.end(),
                       [&log](const std::string& code) { return log.find(code) != std::string::npos; });
}

// The portal tags each answer an injected fault shaped with " fault=<kind>" in its log
// (dispatcher.cpp), so every case proves from the portal's own log that its faults fired, and
// fails when one did not. A reply the kiosk read (500, a captive page) must also reach
// kiosk-sync's log. A dropped connection may not: on a kept-alive connection libcurl itself
// re-sends a request that got no reply at all, and the portal lets that identical re-send
// through, so kiosk-sync may never see it fail; the exactly-once check proves it was survived.
struct Evidence {
    std::vector<std::string> portalFaults;  // each must appear as " fault=<kind>" in the portal's log
    std::vector<std::string> inKioskLog;    // codes of which at least one must be in kiosk-sync's log
};

// Whether some answer's " fault=a,b,..." tag names `kind` (a delay is tagged "delay:<ms>ms").
bool faultLogged(const std::string& log, const std::string& kind) {
    const std::string tag = " fault=";
    for (auto at = log.find(tag); at != std::string::npos; at = log.find(tag, at + 1)) {
        const auto end = log.find('\n', at);
        const std::string list = "," + log.substr(at + tag.size(), end - at - tag.size()) + ",";
        if (list.find("," + kind + ",") != std::string::npos || list.find("," + kind + ":") != std::string::npos) {
            return true;
        }
    }
    return false;
}

// The total of the delays the portal logged (" fault=delay:<ms>ms").
long loggedDelayMs(const std::string& log) {
    long total = 0;
    const std::string tag = " fault=delay:";
    for (auto at = log.find(tag); at != std::string::npos; at = log.find(tag, at + 1)) {
        total += std::strtol(log.c_str() + at + tag.size(), nullptr, 10);  // digits the portal wrote
    }
    return total;
}

// With `supplements`, each filing then gets a supplement (staff ask, the kiosk adds two pages)
// that drains through the same faults.
void drainThrough(const std::string& faults, int filings, const Evidence& evidence, bool supplements = false) {
    INFO("faults " << faults);
    TempDir dir("sync-faults");
    PortalProcess portal(dir.path() / "portal", {"--faults", faults});
    SyncKiosk kiosk(dir.path() / "portal");
    const auto enqueued = kiosk.enqueue(filings, 2, 3000);
    auto args = fastRetry();
    args.push_back("--drain");
    const int status = kiosk.run(args, std::chrono::seconds{90});
    INFO(kiosk.log());
    REQUIRE(status == 0);
    auto box = kiosk.open();
    checkExactlyOnce(dir.path() / "portal", enqueued, *box);
    if (supplements) {
        const auto added = kiosk.enqueueSupplements(dir.path() / "portal", portal.url(), enqueued, 2, 3000);
        const int drained = kiosk.run(args, std::chrono::seconds{90});
        INFO(kiosk.log());
        REQUIRE(drained == 0);
        checkSupplementsExactlyOnce(dir.path() / "portal", added, *box);
    }
    if (!evidence.inKioskLog.empty()) CHECK(containsAny(kiosk.log(), evidence.inKioskLog));
    const std::string portalLog = portal.log();
    for (const auto& kind : evidence.portalFaults) {
        INFO("fault that must have fired: " << kind);
        CHECK(faultLogged(portalLog, kind));
        if (kind == "delay") CHECK(loggedDelayMs(portalLog) > 0);
    }
    CHECK(kiosk.counts().failed == 0);
    portal.stop();
}

}  // namespace

TEST_CASE("error500: retried with backoff, each filing once") {
    drainThrough("error500=0.3", 10, {{"error500"}, {"portal.500.internal_error"}});
}

TEST_CASE("drop: no reply at all, each filing once") { drainThrough("drop=0.3", 10, {{"drop"}, {}}); }

// The filing was stored but the answer never came: the retry (a libcurl re-send of the same
// bytes, or kiosk-sync's own re-signed one) gets the stored answer, so it is replayed, not redone.
TEST_CASE("reset_after_commit: stored but unanswered, replayed not redone") {
    drainThrough("reset_after_commit=0.3", 10, {{"reset_after_commit"}, {}});
}

TEST_CASE("delay: slow answers are waited for") { drainThrough("delay_ms=1-100", 6, {{"delay"}, {}}); }

// Each 503 asks for 1-5 s, which kiosk-sync honours (checked exactly in bad_replies_test.cpp),
// so the rate sets the run's length: at 0.4 one request in four filings could meet six 503s in a
// row and the drain outlived its 90 s (2 runs in 3 on a loaded machine). At 0.2, 6 filings are
// at least 24 requests besides heartbeats and status pulls: all of them pass unharmed in fewer
// than 1 run in 200, and the waits add up to about 20 s.
TEST_CASE("overload: 503 with Retry-After, each filing once") {
    drainThrough("overload=0.2", 6, {{"overload"}, {"portal.503.overloaded"}});
}

TEST_CASE("captive: a 200 HTML page is not a delivery") {
    drainThrough("captive=0.3", 10, {{"captive"}, {"portal.captive"}});
}

// 20 filings are at least 80 requests: each fault at 0.1 fires on one of them but surely.
TEST_CASE("all at once") {
    drainThrough("error500=0.1,drop=0.1,reset_after_commit=0.1,captive=0.1,delay_ms=1-20", 20,
                 {{"error500", "drop", "reset_after_commit", "captive", "delay"}, {}});
}

// Supplements ride the same retries: every fault at once, each supplement stored once.
TEST_CASE("all at once, for supplements too") {
    drainThrough("error500=0.1,drop=0.1,reset_after_commit=0.1,captive=0.1,delay_ms=1-20", 10,
                 {{"error500", "drop", "reset_after_commit", "captive", "delay"}, {}}, true);
}

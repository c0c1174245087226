// A connection lost before the portal's answer is tried again at once, once, on a new
// connection, when the request is safe to repeat (PortalClient::sendSigned): the portal's own
// log counts the tries, and the export shows the repeat never made a second filing.
#include <doctest/doctest.h>

#include <sstream>

#include "sync_harness.hpp"

using namespace kiosk::test;

namespace {

// Lines of the portal's log for `request` ("POST /api/v1/filings 0 ") that carry the fault `fault`.
int logged(const std::string& log, const std::string& request, const std::string& fault) {
    int count = 0;
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(request) != std::string::npos && line.find(" fault=" + fault) != std::string::npos) ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("a connection dropped before any answer: the create goes once more at once, then the backoff waits") {
    TempDir dir("sync-lost-drop");
    PortalProcess portal(dir.path() / "portal", {"--faults", "drop=1"});
    SyncKiosk kiosk(dir.path() / "portal");
    kiosk.enqueue(1, 1, 1024);
    REQUIRE(kiosk.run({"--once"}) == 0);
    INFO(kiosk.log());
    const std::string log = portal.log();
    INFO(log);
    CHECK(logged(log, "POST /api/v1/filings 0 ", "drop") == 2);  // the first try and one repeat, no more
    CHECK(kiosk.counts().pending == 1);                          // then it waits its turn, kept
    portal.stop();
    CHECK(exportFilings(dir.path() / "portal").empty());
}

TEST_CASE("a connection reset after the portal stored the filing: the repeat is answered from the store") {
    TempDir dir("sync-lost-reset");
    PortalProcess portal(dir.path() / "portal", {"--faults", "reset_after_commit=1"});
    SyncKiosk kiosk(dir.path() / "portal");
    kiosk.enqueue(1, 1, 1024);
    REQUIRE(kiosk.run({"--once"}) == 0);
    INFO(kiosk.log());
    const std::string log = portal.log();
    INFO(log);
    CHECK(logged(log, "POST /api/v1/filings 0 ", "reset_after_commit") == 2);
    CHECK(kiosk.counts().pending == 1);
    portal.stop();
    CHECK(exportFilings(dir.path() / "portal").size() == 1);  // replayed, never made twice
}

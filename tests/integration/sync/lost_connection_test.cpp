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

// One kiosk-sync pass over one filing with the portal failing as `faults`; the portal's log, and
// what its export holds once stopped.
struct OnePass {
    std::string portalLog;
    std::int64_t pending = 0;
    std::size_t exported = 0;
};

OnePass onePassThrough(const std::string& faults) {
    TempDir dir("sync-lost-connection");
    PortalProcess portal(dir.path() / "portal", {"--faults", faults});
    SyncKiosk kiosk(dir.path() / "portal");
    kiosk.enqueue(1, 1, 1024);
    REQUIRE(kiosk.run({"--once"}) == 0);
    INFO(kiosk.log());
    OnePass pass{portal.log(), kiosk.counts().pending, 0};
    portal.stop();
    pass.exported = exportFilings(dir.path() / "portal").size();
    return pass;
}

}  // namespace

TEST_CASE("a connection dropped before any answer: the create goes once more at once, then the backoff waits") {
    const OnePass pass = onePassThrough("drop=1");
    INFO(pass.portalLog);
    CHECK(logged(pass.portalLog, "POST /api/v1/filings 0 ", "drop") == 2);  // the first try and one repeat, no more
    CHECK(pass.pending == 1);                                               // then it waits its turn, kept
    CHECK(pass.exported == 0);
}

TEST_CASE("a connection reset after the portal stored the filing: the repeat is answered from the store") {
    const OnePass pass = onePassThrough("reset_after_commit=1");
    INFO(pass.portalLog);
    CHECK(logged(pass.portalLog, "POST /api/v1/filings 0 ", "reset_after_commit") == 2);
    CHECK(pass.pending == 1);
    CHECK(pass.exported == 1);  // replayed, never made twice
}

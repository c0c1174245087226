// The portal holds under hostile bodies: JSON nested far too deep, bodies over a route's limit and
// members the API does not know get a 4xx (or are dropped), and the portal keeps serving its
// filings afterwards, over the API and through --export.
#include <doctest/doctest.h>

#include <fstream>

#include "kiosk/signing/digest.hpp"
#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

constexpr const char* kHeartbeat = "/kiosks/KIOSK-DEMO-01/heartbeat";

std::string nested(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

// The create body of `filing` with `replacement` (raw JSON text) in place of fees[0].
std::string withFirstFee(const SyntheticFiling& filing, const std::string& replacement) {
    json body = filing.body;
    body["fees"][0] = "FEE-PLACEHOLDER";
    std::string text = body.dump();
    const std::string marker = "\"FEE-PLACEHOLDER\"";
    text.replace(text.find(marker), marker.size(), replacement);
    return text;
}

bool exportHas(const std::filesystem::path& dataDir, const std::string& text) {
    for (const auto& line : exportFilings(dataDir)) {
        if (line.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("JSON nested 100,000 deep in a heartbeat or in fees[0] is refused and the portal serves on") {
    TempDir dir{"portal-hostile"};
    const auto data = dir.path() / "data";
    PortalProcess portal{data};
    KioskClient kiosk{data, "KIOSK-DEMO-01", portal.url()};

    const SyntheticFiling good = makeFiling(7101, 1);
    const Delivered delivered = deliverFiling(kiosk, good);

    const Reply beat = kiosk.put(kHeartbeat, R"({"software_version":"x","junk":)" + nested(100000) + "}",
                                 "application/json");
    CHECK(beat.status == 413);  // 200 KB is over the heartbeat's 16 KiB before depth is looked at
    const Reply deepBeat = kiosk.put(kHeartbeat, R"({"software_version":"x","junk":)" + nested(5000) + "}",
                                     "application/json");
    CHECK(deepBeat.status == 400);
    CHECK(deepBeat.json()["code"] == "bad_request");

    const SyntheticFiling hostile = makeFiling(7102, 1);
    const Reply create = kiosk.post("/filings", withFirstFee(hostile, nested(100000)), hostile.clientFilingId);
    CHECK(create.status == 400);
    CHECK(create.header("content-type") == "application/problem+json");

    // 33 levels is one too many even in a small body; 32 is the most any body may have.
    const SyntheticFiling justOver = makeFiling(7103, 1);
    CHECK(kiosk.post("/filings", withFirstFee(justOver, nested(31)), justOver.clientFilingId).status == 400);

    // Still serving: the filing delivered before, a new heartbeat, and the export.
    const Reply read = kiosk.get("/filings/" + delivered.filingId);
    CHECK(read.status == 200);
    CHECK(kiosk.put(kHeartbeat, R"({"software_version":"x"})", "application/json").status == 200);
    CHECK(exportHas(data, delivered.filingId));
    CHECK_FALSE(exportHas(data, hostile.clientFilingId));
    CHECK(portal.stop() == 0);
}

TEST_CASE("members the API does not know are dropped, never stored or echoed back") {
    TempDir dir{"portal-hostile"};
    const auto data = dir.path() / "data";
    PortalProcess portal{data};
    KioskClient kiosk{data, "KIOSK-DEMO-01", portal.url()};

    SyntheticFiling filing = makeFiling(7201, 1);
    filing.body["junk-top"] = {{"echo", "JUNK-TOP-7201"}};
    filing.body["fees"][0]["junk-fee"] = "JUNK-FEE-7201";
    filing.body["documents"][0]["junk-doc"] = "JUNK-DOC-7201";
    filing.body["applicant"]["junk-applicant"] = "JUNK-APPLICANT-7201";
    const Delivered delivered = deliverFiling(kiosk, filing);

    const Reply read = kiosk.get("/filings/" + delivered.filingId, delivered.proof());
    REQUIRE(read.status == 200);
    CHECK(read.json()["fees"][0]["amount"] == filing.body["fees"][0]["amount"]);
    CHECK(read.body.find("JUNK") == std::string::npos);
    const Reply staffRead = staffClient(data, portal.url()).get("/filings/" + delivered.filingId);
    REQUIRE(staffRead.status == 200);
    CHECK(staffRead.body.find("JUNK") == std::string::npos);
    CHECK(exportHas(data, delivered.filingId));
    CHECK_FALSE(exportHas(data, "JUNK"));

    const Reply beat = kiosk.put(kHeartbeat, R"({"software_version":"x","junk":"JUNK-BEAT"})",
                                 "application/json");
    CHECK(beat.status == 200);
    CHECK(beat.body.find("JUNK") == std::string::npos);
    CHECK(portal.stop() == 0);
}

TEST_CASE("a body over its route's limit is a 413 problem, and a document may still be large") {
    TempDir dir{"portal-hostile"};
    const auto data = dir.path() / "data";
    PortalProcess portal{data};
    KioskClient kiosk{data, "KIOSK-DEMO-01", portal.url()};

    const std::string big = R"({"software_version":")" + std::string(20 * 1024, 'x') + "\"}";
    const Reply beat = kiosk.put(kHeartbeat, big, "application/json");
    CHECK(beat.status == 413);
    CHECK(beat.json()["code"] == "payload_too_large");

    // A 1 MiB scan is far over the small routes' limit and well within a document's.
    SyntheticFiling filing = makeFiling(7301, 1);
    filing.documents[0].bytes = std::string(1024 * 1024, 'S');
    filing.documents[0].sha256 = kiosk::signing::sha256Hex(filing.documents[0].bytes);
    filing.body["documents"][0]["length"] = filing.documents[0].bytes.size();
    filing.body["documents"][0]["sha256"] = filing.documents[0].sha256;
    const Delivered delivered = deliverFiling(kiosk, filing);
    CHECK(delivered.receipt.status == 202);
    CHECK(portal.stop() == 0);
}

namespace {

// The portal's resident memory in MB, from /proc.
long residentMb(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6)) / 1024;
    }
    return -1;
}

HeaderList manyHeaders(int count, std::size_t valueBytes) {
    HeaderList headers;
    for (int i = 0; i < count; ++i) headers.emplace_back("X-Pad-" + std::to_string(i), std::string(valueBytes, 'v'));
    return headers;
}

}  // namespace

TEST_CASE("20,000 header lines or 80 KB of headers get a 431 or a closed connection, and memory stays put") {
    TempDir dir{"portal-hostile"};
    const auto data = dir.path() / "data";
    PortalProcess portal{data};
    const auto identity = TlsIdentity::fromFolder(data / "enroll" / "KIOSK-DEMO-01");
    const std::string url = portal.url() + "/filings";

    for (int round = 0; round < 5; ++round) {
        const Reply flood = httpsRequest(identity, "HEAD", url, {}, manyHeaders(20000, 8));
        CHECK((flood.status == 431 || !flood.answered()));
    }
    const Reply wide = httpsRequest(identity, "GET", portal.url() + "/kiosks/KIOSK-DEMO-01/filings/changes", {},
                                    manyHeaders(10, 8000));
    CHECK(wide.status == 431);
    CHECK(wide.json()["code"] == "headers_too_large");
    CHECK(residentMb(portal.pid()) < 64);

    // Up to the limit is served as usual (curl adds a few lines of its own).
    CHECK(httpsRequest(identity, "HEAD", url, {}, manyHeaders(90, 8)).status == 204);
    CHECK(httpsRequest(identity, "HEAD", url).status == 204);
    CHECK(portal.stop() == 0);
}

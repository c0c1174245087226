// `kiosk-portal --export` is how integration tests (and kiosk-sync's) count what really arrived:
// each filing exactly once, with the answers exactly as the kiosk sent them and each attachment
// named with its hash, whatever retries happened on the way.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <set>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("export lists each filing once with answers as sent, attachments and status") {
    TempDir dir("portal-export");
    const auto data = dir.path() / "data";
    std::vector<SyntheticFiling> filings{makeFiling(901, 2), makeFiling(902, 1), makeFiling(903, 0)};
    {
        PortalProcess portal(data);
        KioskClient kiosk(data, "KIOSK-DEMO-01", portal.url());
        deliverFiling(kiosk, filings[0]);
        deliverFiling(kiosk, filings[1]);
        // Retried create and submit of the first, and a filing left as a draft.
        CHECK(kiosk.post("/filings", filings[0].text(), filings[0].clientFilingId).status == 201);
        CHECK(kiosk.post("/filings", filings[2].text(), filings[2].clientFilingId).status == 201);
    }
    const auto lines = exportFilings(data);
    REQUIRE(lines.size() == 3);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const json line = json::parse(lines[i]);
        const SyntheticFiling& sent = filings[i];
        CHECK(line["client_filing_id"] == sent.clientFilingId);
        CHECK(seen.insert(line["client_filing_id"]).second);
        CHECK(line["answers"] == sent.body["answers"]);
        CHECK(line["service"] == "1.001193");
        CHECK(line["kiosk_id"] == "KIOSK-DEMO-01");
        CHECK(line["ma_ho_so"].get<std::string>().starts_with("000.00.00.H66-"));
        REQUIRE(line["attachments"].size() == sent.documents.size());
        for (std::size_t d = 0; d < sent.documents.size(); ++d) {
            CHECK(line["attachments"][d]["name"] == sent.documents[d].name);
            CHECK(line["attachments"][d]["sha256"] == sent.documents[d].sha256);
            CHECK(line["attachments"][d]["received"] == true);
        }
    }
    CHECK(json::parse(lines[0])["status"] == "submitted");
    CHECK(json::parse(lines[2])["status"] == "draft");
    CHECK(json::parse(lines[2])["submitted_at"].is_null());
}

TEST_CASE("export of a folder without a portal database fails instead of creating one") {
    TempDir dir("portal-export-empty");
    const std::string command = std::string(KIOSK_PORTAL_BIN) + " --data '" + dir.path().string() +
                                "' --export >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    CHECK(WEXITSTATUS(status) == 1);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "portal.db"));
}

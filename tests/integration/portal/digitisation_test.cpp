// What was digitised at the source (docs/portal-api.md §4.3): a filing names the document
// components scanned where the paper was handed over (digitised_components) and whether all were
// (all_components_digitised, HoSoCoThanhPhanSoHoa). The portal checks them against the filing's
// own documents, keeps them, shows staff the flag once the files are here and exports both.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

struct Portal {
    TempDir dir{"portal-digitised"};
    PortalProcess portal{dir.path() / "data", {"--enroll", "DESK-01"}};
    KioskClient desk{dir.path() / "data", "DESK-01", portal.url()};
    StaffClient staff = staffClient(dir.path() / "data", portal.url());

    json queueEntry(const std::string& filingId) const {
        const Reply reply = staff.get("/filings");
        REQUIRE(reply.status == 200);
        const json queue = reply.json();
        for (const auto& f : queue["filings"]) {
            if (f["filing_id"] == filingId) return f;
        }
        FAIL("filing not in the work queue: " << reply.body);
        return {};
    }
};

json refused(const Portal& p, const SyntheticFiling& filing) {
    const Reply reply = p.desk.post("/filings", filing.text(), filing.clientFilingId);
    CHECK(reply.status == 400);
    return reply.json()["errors"];
}

}  // namespace

TEST_CASE("a desk filing's digitised components reach staff and the export, the flag only once the files are here") {
    Portal p;
    SyntheticFiling filing = makeFiling(1501, 2);
    filing.body["channel"] = "desk";
    filing.body["digitised_components"] = {"GT001", "GT002"};
    filing.body["all_components_digitised"] = true;
    const Reply created = p.desk.post("/filings", filing.text(), filing.clientFilingId);
    REQUIRE(created.status == 201);
    const std::string filingId = created.json()["filing_id"];
    CHECK_FALSE(p.queueEntry(filingId)["all_components_digitised"].get<bool>());  // no page here yet
    deliverFiling(p.desk, filing);  // the same create again, then the pages and the submit
    CHECK(p.queueEntry(filingId)["all_components_digitised"].get<bool>());

    // One document only seen on paper: the filing says so, and the portal believes it.
    SyntheticFiling partly = makeFiling(1502, 1);
    partly.body["channel"] = "desk";
    partly.body["digitised_components"] = {"GT001"};
    partly.body["all_components_digitised"] = false;
    const Delivered second = deliverFiling(p.desk, partly);
    CHECK_FALSE(p.queueEntry(second.filingId)["all_components_digitised"].get<bool>());

    const auto lines = exportFilings(p.dir.path() / "data");
    REQUIRE(lines.size() == 2);
    const json first = json::parse(lines[0]);
    CHECK(first["channel"] == "desk");
    CHECK(first["digitised_components"] == json::array({"GT001", "GT002"}));
    CHECK(first["all_components_digitised"] == true);
    const json other = json::parse(lines[1]);
    CHECK(other["digitised_components"] == json::array({"GT001"}));
    CHECK(other["all_components_digitised"] == false);
}

TEST_CASE("a filing that says nothing of digitisation is read as before: every document arrived as a file") {
    Portal p;
    const Delivered d = deliverFiling(p.desk, makeFiling(1503, 1));
    CHECK(p.queueEntry(d.filingId)["all_components_digitised"].get<bool>());
    const json exported = json::parse(exportFilings(p.dir.path() / "data").at(0));
    CHECK(exported["digitised_components"] == json::array());
}

TEST_CASE("digitised components of the wrong type, unknown, repeated or too many are refused, and nothing is kept") {
    Portal p;
    SyntheticFiling wrong = makeFiling(1504, 2);
    wrong.body["digitised_components"] = "GT001";
    json errors = refused(p, wrong);
    CHECK(errors[0]["pointer"] == "/digitised_components");
    CHECK(errors[0]["code"] == "wrong_type");

    wrong.body["digitised_components"] = {"GT001", 7, "GT 2", "GT009", "GT001"};
    errors = refused(p, wrong);
    REQUIRE(errors.size() == 4);
    CHECK(errors[0] == json{{"pointer", "/digitised_components/1"}, {"code", "wrong_type"}});
    CHECK(errors[1] == json{{"pointer", "/digitised_components/2"}, {"code", "bad_format"}});
    CHECK(errors[2] == json{{"pointer", "/digitised_components/3"}, {"code", "unknown_component"}});
    CHECK(errors[3] == json{{"pointer", "/digitised_components/4"}, {"code", "duplicate"}});

    json many = json::array();
    for (int i = 0; i < 51; ++i) many.push_back("GT001");
    wrong.body["digitised_components"] = many;
    CHECK(refused(p, wrong)[0]["code"] == "too_many");

    wrong.body["digitised_components"] = json::array();
    wrong.body["all_components_digitised"] = "yes";
    errors = refused(p, wrong);
    CHECK(errors[0] == json{{"pointer", "/all_components_digitised"}, {"code", "wrong_type"}});
    wrong.body["all_components_digitised"] = true;  // all of nothing
    errors = refused(p, wrong);
    CHECK(errors[0] == json{{"pointer", "/all_components_digitised"}, {"code", "bad_value"}});

    CHECK(p.staff.get("/filings").json()["filings"].empty());
}

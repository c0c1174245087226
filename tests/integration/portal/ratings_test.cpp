// POST /filings/{id}/ratings (docs/portal-api.md §4.12): a rating is stored once per filing and
// moment under its Idempotency-Key, refused by pointer when malformed, and shown to staff (the
// filing and the work queue) and in --export, where the commune's indicators count it.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

bool hasError(const json& problem, const std::string& pointer, const std::string& code) {
    for (const auto& e : problem.value("errors", json::array())) {
        if (e.value("pointer", "") == pointer && e.value("code", "") == code) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a rating is stored once, replayed under its key, and counted in the staff views and the export") {
    TempDir dir("portal-ratings");
    const auto data = dir.path() / "data";
    const SyntheticFiling filing = makeFiling(1401, 0, 0);
    {
        PortalProcess portal(data);
        KioskClient kiosk(data, "KIOSK-DEMO-01", portal.url());
        const Delivered delivered = deliverFiling(kiosk, filing);
        const std::string path = "/filings/" + delivered.filingId + "/ratings";
        const std::string body = R"({"moment": "receipt", "score": 2, "reasons": ["cho_lau"]})";
        const std::string key = filing.clientFilingId + ":rating:1";
        const Reply first = kiosk.post(path, body, key);
        REQUIRE(first.status == 201);
        CHECK(first.json()["score"] == 2);
        const Reply replay = kiosk.post(path, body, key);
        CHECK(replay.status == 201);
        CHECK(replay.header("idempotent-replayed") == "true");
        CHECK(replay.body == first.body);
        const Reply again = kiosk.post(path, R"({"moment": "receipt", "score": 5})",
                                       filing.clientFilingId + ":rating:2");
        CHECK(again.status == 409);
        CHECK(again.json()["code"] == "already_rated");

        const StaffClient staff = staffClient(data, portal.url());
        const json seen = staff.get("/filings/" + delivered.filingId).json();
        REQUIRE(seen["ratings"].size() == 1);
        CHECK(seen["ratings"][0]["score"] == 2);
        CHECK(seen["ratings"][0]["reasons"] == json::array({"cho_lau"}));
        const json queue = staff.get("/filings").json();
        REQUIRE(queue["filings"].size() == 1);
        CHECK(queue["filings"][0]["ratings"][0]["moment"] == "receipt");
    }
    const auto lines = exportFilings(data);
    REQUIRE(lines.size() == 1);
    const json ratings = json::parse(lines[0])["ratings"];
    REQUIRE(ratings.size() == 1);
    CHECK(ratings[0]["score"] == 2);
    CHECK(ratings[0]["reasons"] == json::array({"cho_lau"}));
}

TEST_CASE("malformed ratings, ratings of a draft and of another kiosk's filing are refused") {
    TempDir dir("portal-ratings-bad");
    const auto data = dir.path() / "data";
    PortalProcess portal(data);
    KioskClient kiosk(data, "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(1411, 0, 0);
    const Delivered delivered = deliverFiling(kiosk, filing);
    const std::string path = "/filings/" + delivered.filingId + "/ratings";
    int n = 0;
    const auto send = [&](const std::string& body) {
        return kiosk.post(path, body, filing.clientFilingId + ":rating:" + std::to_string(++n));
    };
    CHECK(hasError(send(R"({"moment": "receipt", "score": 7})").json(), "/score", "out_of_range"));
    CHECK(hasError(send(R"({"moment": "later", "score": 3})").json(), "/moment", "bad_value"));
    CHECK(hasError(send(R"({"moment": "receipt"})").json(), "/score", "required"));
    CHECK(hasError(send(R"({"moment": "receipt", "score": 5, "reasons": ["cho_lau"]})").json(), "/reasons",
                   "not_allowed"));
    CHECK(hasError(send(R"({"moment": "receipt", "score": 2, "reasons": ["Chờ lâu"]})").json(), "/reasons",
                   "bad_format"));
    CHECK(send(R"({"moment": "receipt", "score": "2"})").status == 400);
    CHECK(kiosk.post(path, R"({"moment": "receipt", "score": 2})", "").status == 400);  // no key

    const SyntheticFiling draft = makeFiling(1412, 0, 0);
    const Reply created = kiosk.post("/filings", draft.text(), draft.clientFilingId);
    REQUIRE(created.status == 201);
    const Reply early = kiosk.post("/filings/" + created.json()["filing_id"].get<std::string>() + "/ratings",
                                   R"({"moment": "receipt", "score": 4})", draft.clientFilingId + ":rating:1");
    CHECK(early.status == 409);
    CHECK(early.json()["code"] == "invalid_transition");
    // Nothing refused was kept: a good rating still goes in.
    CHECK(send(R"({"moment": "receipt", "score": 4})").status == 201);
}

// The staff work queue as the portal sends it, read defensively: what a good page gives, and a
// clear error naming the member (never its value) for each kind of bad reply.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kiosk/desk/queue_reply.hpp"

using namespace kiosk::desk;

namespace {

const char* kGoodPage = R"({"filings": [
  {"filing_id": "f-1", "ma_ho_so": "000.00.00.H66-260420-0001", "kiosk_id": "KIOSK-DEMO-01",
   "service_code": "1.001193", "status": "supplement_requested", "trang_thai_ho_so": 5,
   "received_at": "2026-04-20T09:15:00+07:00", "due_at": "2026-04-24T17:00:00+07:00",
   "returned_at": null, "applicant_name": "Trần Thị Mẫu", "channel": "kiosk_assisted",
   "assisted_by": "CB-DEMO", "originals_seen": ["giay_chung_sinh", "to_khai"],
   "all_components_digitised": true, "something_new": {"ignored": [1, 2]},
   "history": [{"seq": 3, "at": "2026-04-20T09:15:00+07:00", "action": "submit", "to_status": "submitted"},
               {"seq": 9, "at": "2026-04-21T10:00:00+07:00", "action": "request_supplement",
                "to_status": "supplement_requested"}]},
  {"filing_id": "f-2", "ma_ho_so": "000.00.00.H66-260420-0002", "service_code": "2.000986",
   "status": "submitted", "received_at": "2026-04-20T16:59:59+07:00", "due_at": null}],
 "next_cursor": "42"})";

std::string withFirstFiling(const std::string& member) {
    return R"({"filings": [{"filing_id": "f-1", "status": "submitted", )" + member + R"(}], "next_cursor": "1"})";
}

}  // namespace

TEST_CASE("a good page gives each filing with its history, channel and applicant") {
    auto page = parseQueuePage(kGoodPage);
    REQUIRE(page);
    CHECK(page->nextCursor == "42");
    REQUIRE(page->filings.size() == 2);
    const auto& f = page->filings[0];
    CHECK(f.applicantName == "Trần Thị Mẫu");
    CHECK(f.channel == Channel::KioskAssisted);
    CHECK(f.assistedBy == "CB-DEMO");
    CHECK(f.originalsSeen == std::vector<std::string>{"giay_chung_sinh", "to_khai"});
    CHECK(f.allComponentsDigitised);
    CHECK(formatLocalTime(*f.receivedAt) == "2026-04-20 09:15");
    CHECK(formatLocalDate(dayOf(*f.dueAt)) == "2026-04-24");
    REQUIRE(f.history.size() == 2);
    CHECK(f.history[1].action == "request_supplement");
    CHECK(f.history[1].toStatus == "supplement_requested");
    // A portal from before channels and names: a kiosk filing with no name shown.
    const auto& old = page->filings[1];
    CHECK(old.channel == Channel::Kiosk);
    CHECK(old.applicantName.empty());
    CHECK(old.assistedBy.empty());
    CHECK(old.originalsSeen.empty());
    CHECK_FALSE(old.dueAt);
    CHECK_FALSE(old.allComponentsDigitised);
}

TEST_CASE("each bad member is named, never shown") {
    const auto where = [](const std::string& body) {
        auto page = parseQueuePage(body);
        REQUIRE_FALSE(page);
        CHECK(page.error().code == "desk.bad_reply");
        CHECK(page.error().message.find("Bí mật") == std::string::npos);
        return page.error().where;
    };
    CHECK(where("not json") == "");
    CHECK(where("[]") == "");
    CHECK(where(R"({"filings": {}})") == "/filings");
    CHECK(where(R"({"filings": [], "next_cursor": 5})") == "/next_cursor");
    CHECK(where(R"({"filings": [7]})") == "/filings/0");
    CHECK(where(R"({"filings": [{"status": "submitted"}]})") == "/filings/0/filing_id");
    CHECK(where(withFirstFiling(R"("applicant_name": ["Bí mật"])")) == "/filings/0/applicant_name");
    CHECK(where(withFirstFiling(R"("channel": "fax")")) == "/filings/0/channel");
    CHECK(where(withFirstFiling(R"("assisted_by": 7)")) == "/filings/0/assisted_by");
    CHECK(where(withFirstFiling(R"("originals_seen": "giay_chung_sinh")")) == "/filings/0/originals_seen");
    CHECK(where(withFirstFiling(R"("originals_seen": ["giay_chung_sinh", 3])")) == "/filings/0/originals_seen");
    CHECK(where(withFirstFiling(R"("due_at": "2026-04-24")")) == "/filings/0/due_at");
    CHECK(where(withFirstFiling(R"("due_at": "2026-02-30T17:00:00+07:00")")) == "/filings/0/due_at");
    CHECK(where(withFirstFiling(R"("received_at": "2026-04-24T17:00:00Z")")) == "/filings/0/received_at");
    CHECK(where(withFirstFiling(R"("all_components_digitised": "yes")")) == "/filings/0/all_components_digitised");
    CHECK(where(withFirstFiling(R"("history": [{"action": "approve", "to_status": "approved"}])")) ==
          "/filings/0/history/0");
    CHECK(where(withFirstFiling(R"("history": "none")")) == "/filings/0/history");
    CHECK(where(std::string(40, '[') + std::string(40, ']')) == "");
}

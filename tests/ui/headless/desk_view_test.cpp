// The one-stop desk (`kiosk --desk`) against the real reference portal on loopback, with the
// staff certificate the portal made for the run: the list with the applicant and the due date,
// the filters, each action staff take (each confirmed first, each in the audit log), a refusal
// in the portal's own words, and the indicators saved as CSV and PDF. Widgets are pressed by ID.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "integration/portal/portal_process.hpp"
#include "integration/portal/synthetic_filing.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/desk/staff_portal.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/receipt/report_pdf.hpp"
#include "kiosk/signing/digest.hpp"
#include "support/desk_driver.hpp"
#include "support/memory_staff.hpp"
#include "support/paths.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {

std::unique_ptr<outbox::AuditStore> openAudit(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    auto store = outbox::AuditStore::open(outbox::OutboxOptions::inDirectory(dir, "DESK"));
    REQUIRE(store);
    return std::move(*store);
}

// The desk.action entries of the audit log, oldest first.
std::vector<outbox::AuditEntry> deskEntries(outbox::AuditStore& log) {
    auto all = log.entries();
    REQUIRE(all);
    std::vector<outbox::AuditEntry> out;
    for (auto& e : *all) {
        if (e.kind == "desk.action") out.push_back(std::move(e));
    }
    return out;
}

struct DeskBench {
    TempDir dir{"desk-view"};
    PortalProcess portal{dir.path() / "data"};
    KioskClient kiosk{dir.path() / "data", "KIOSK-DEMO-01", portal.url()};
    StaffClient staff = staffClient(dir.path() / "data", portal.url());
    std::unique_ptr<outbox::AuditStore> audit = openAudit(dir.path() / "desk-data");

    MemoryStaffDirectory staffList;

    // `pin` set: the desk asks for its operator's PIN first.
    std::unique_ptr<DeskDriver> openDesk(const std::string& pin = {}) {
        auto config = config::loadConfig(shippedConfig());
        REQUIRE(config);
        const desk::StaffCertificate certificate{dir.path() / "data" / "staff" / "STAFF-DEMO-01", portal.url()};
        const auto who = desk::operatorOf(certificate);
        REQUIRE(who);
        CHECK(*who == "STAFF-DEMO-01");
        auto client = desk::connectStaffPortal(certificate);
        REQUIRE(client);
        auto driver = std::make_unique<DeskDriver>(std::make_shared<const config::Config>(std::move(*config)),
                                                   std::move(*client), *who);
        driver->app().setAuditLog(audit.get());
        driver->app().setReportFolder(dir.path() / "reports");
        if (!pin.empty()) {
            staffList.add(*who, pin);
            driver->app().setStaffSignIn(&staffList, core::StaffLockout{});
        }
        driver->waitForPortal();
        return driver;
    }

    std::string statusAtPortal(const std::string& filingId) const {
        return staff.get("/filings/" + filingId).json()["status"];
    }
    json lastEvent(const std::string& filingId) const {
        return staff.get("/filings/" + filingId + "/events").json()["events"].back();
    }
};

// Selects the filing, presses the action, fills what `fill` types, confirms; waits for the portal.
template <typename Fill>
void act(DeskDriver& desk, const std::string& maHoSo, const std::string& action, Fill fill) {
    desk.click("desk.row." + maHoSo);
    desk.click("desk.action." + action);
    REQUIRE(desk.has("desk.confirm.title"));
    CHECK(desk.label("desk.confirm.title").find(maHoSo) != std::string::npos);
    fill();
    desk.click("desk.confirm");
    desk.waitForPortal();
}

void act(DeskDriver& desk, const std::string& maHoSo, const std::string& action) {
    act(desk, maHoSo, action, [] {});
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("the desk lists the commune's filings with applicant and due date, and filters them") {
    DeskBench bench;
    // Filed with a staff member beside the citizen, who saw the birth certificate's original.
    SyntheticFiling first = makeFiling(2001, 1);
    first.body["channel"] = "kiosk_assisted";
    first.body["assisted_by"] = "CB-DEMO";
    first.body["originals_seen"] = json::array({"giay_chung_sinh", "giay_moi"});
    const auto a = deliverFiling(bench.kiosk, first);
    const auto b = deliverFiling(bench.kiosk, makeFiling(2002, 0));
    REQUIRE(bench.staff.post("/filings/" + b.filingId + "/actions", R"({"action":"request_supplement"})").status ==
            201);
    auto desk = bench.openDesk();
    REQUIRE(desk->has("desk.row." + a.maHoSo));
    REQUIRE(desk->has("desk.row." + b.maHoSo));
    CHECK(desk->label("desk.filter.all").find("(2)") != std::string::npos);
    CHECK(desk->label("desk.filter.needs_citizen").find("(1)") != std::string::npos);
    const std::string due = bench.staff.get("/filings/" + a.filingId).json()["due_at"];
    CHECK(desk->label("desk.due." + a.maHoSo).rfind(due.substr(0, 10), 0) == 0);
    desk->click("desk.row." + a.maHoSo);
    CHECK(desk->label("desk.detail.applicant").find(first.body["applicant"]["full_name"].get<std::string>()) !=
          std::string::npos);
    CHECK(desk->label("desk.detail.procedure") == "Đăng ký khai sinh");  // from the catalogue, by code
    CHECK(desk->label("desk.detail.assisted_by") == "Cán bộ hỗ trợ tại máy: CB-DEMO");
    // The slot's name from the service file; an id the file does not know, as it is.
    CHECK(desk->label("desk.detail.originals_seen") == "Cán bộ đã xem bản chính tại máy: Giấy chứng sinh; giay_moi");
    desk->click("desk.row." + b.maHoSo);
    CHECK_FALSE(desk->has("desk.detail.assisted_by"));  // filed alone
    CHECK_FALSE(desk->has("desk.detail.originals_seen"));
    desk->click("desk.filter.needs_citizen");
    CHECK(desk->has("desk.row." + b.maHoSo));
    CHECK_FALSE(desk->has("desk.row." + a.maHoSo));
    desk->click("desk.filter.results_to_hand_back");
    CHECK(desk->has("desk.empty"));
    CHECK(desk->duplicateFree());
}

TEST_CASE("each desk action goes to the portal after a confirmation, and each is audited") {
    DeskBench bench;
    const auto f = deliverFiling(bench.kiosk, makeFiling(2003, 1));
    const auto g = deliverFiling(bench.kiosk, makeFiling(2004, 0));
    auto desk = bench.openDesk();

    // Cancelling sends nothing.
    desk->click("desk.row." + f.maHoSo);
    desk->click("desk.action.accept");
    desk->click("desk.cancel");
    desk->waitForPortal();
    CHECK(bench.statusAtPortal(f.filingId) == "submitted");
    CHECK(deskEntries(*bench.audit).empty());

    act(*desk, f.maHoSo, "accept");
    CHECK(bench.statusAtPortal(f.filingId) == "accepted");
    CHECK(bench.lastEvent(f.filingId)["operator_id"] == "STAFF-DEMO-01");

    // A supplement: one document from the service's list and a free note; nothing ticked or
    // written keeps the confirmation closed.
    act(*desk, f.maHoSo, "request_supplement", [&] {
        CHECK_FALSE(desk->find("desk.confirm")->enabled);
        desk->click("desk.supplement.giay_chung_sinh");
        desk->click("desk.note");
        desk->type("Mang bản chính để đối chiếu");
    });
    CHECK(bench.statusAtPortal(f.filingId) == "supplement_requested");
    const json asked = bench.lastEvent(f.filingId);
    CHECK(asked["documents"] == json::array({"giay_chung_sinh"}));  // the slot id, from the service's list
    CHECK(asked["note"] == "Mang bản chính để đối chiếu");

    act(*desk, f.maHoSo, "resume");
    CHECK(bench.statusAtPortal(f.filingId) == "processing");
    act(*desk, f.maHoSo, "request_payment");
    CHECK(bench.statusAtPortal(f.filingId) == "payment_requested");
    act(*desk, f.maHoSo, "resume");
    act(*desk, f.maHoSo, "approve");
    CHECK(bench.statusAtPortal(f.filingId) == "approved");
    // Handing back with the result attached: a file that is no PDF is refused and nothing changes;
    // the PDF is uploaded, then named by its SHA-256 in the result.
    const auto notPdf = bench.dir.path() / "ket-qua.txt";
    std::ofstream(notPdf) << "not a pdf";
    act(*desk, f.maHoSo, "return_result", [&] {
        desk->click("desk.result_pdf");
        desk->type(notPdf.string());
    });
    CHECK(bench.statusAtPortal(f.filingId) == "approved");
    CHECK(desk->label("desk.message").find("phải là PDF") != std::string::npos);
    auto pdf = receipt::renderReportPdf({"KẾT QUẢ GIẢI QUYẾT", "Thử nghiệm", {{"Mã", "1"}}, ""});
    REQUIRE(pdf);
    const auto pdfPath = bench.dir.path() / "ket-qua.pdf";
    std::ofstream(pdfPath, std::ios::binary) << *pdf;
    act(*desk, f.maHoSo, "return_result", [&] {
        desk->click("desk.result_pdf");
        desk->type(pdfPath.string());
    });
    CHECK(bench.statusAtPortal(f.filingId) == "result_returned");
    const json result = bench.staff.get("/filings/" + f.filingId).json()["results"][0];
    CHECK(result["name"] == "Kết quả giải quyết: Đăng ký khai sinh");
    CHECK(result["sha256"] == signing::sha256Hex(*pdf));
    desk->click("desk.row." + f.maHoSo);
    CHECK(desk->has("desk.detail.no_action"));

    // Refusing needs a reason; typed into the box that has the keyboard and confirmed with Enter.
    desk->click("desk.row." + g.maHoSo);
    desk->click("desk.action.reject");
    CHECK_FALSE(desk->find("desk.confirm")->enabled);
    desk->type("Sai thẩm quyền");
    INFO(desk->dump());
    CHECK(desk->find("desk.reason")->focused);
    CHECK(desk->find("desk.confirm")->enabled);
    desk->enter();
    desk->waitForPortal();
    CHECK(bench.statusAtPortal(g.filingId) == "refused");
    CHECK(bench.lastEvent(g.filingId)["note"] == "Sai thẩm quyền");

    std::vector<std::string> actions;
    for (const auto& entry : deskEntries(*bench.audit)) {
        actions.push_back(entry.detail);
        CHECK(entry.operatorId == "STAFF-DEMO-01");
        CHECK(entry.filingId == (entry.detail == "reject" ? g.maHoSo : f.maHoSo));
    }
    CHECK(actions == std::vector<std::string>{"accept", "request_supplement", "resume", "request_payment", "resume",
                                              "approve", "return_result", "return_result:refused:desk.result_pdf",
                                              "return_result", "reject"});
    const auto verdict = bench.audit->verify();
    REQUIRE(verdict);
    CHECK_FALSE(verdict->fault);
    CHECK(desk->label("desk.message").find(g.maHoSo) != std::string::npos);
}

TEST_CASE("an action the portal refuses shows its words, changes nothing and is audited as refused") {
    DeskBench bench;
    const auto f = deliverFiling(bench.kiosk, makeFiling(2005, 0));
    auto desk = bench.openDesk();
    // Someone else accepts it after the desk fetched the list: the desk still offers "accept".
    REQUIRE(bench.staff.post("/filings/" + f.filingId + "/actions", R"({"action":"accept"})").status == 201);
    act(*desk, f.maHoSo, "accept");
    const auto entries = deskEntries(*bench.audit);
    REQUIRE(entries.size() == 2);  // the attempt, then the portal's refusal
    CHECK(entries[0].detail == "accept");
    CHECK(entries[1].detail == "accept:refused:invalid_transition");
    const std::string message = desk->label("desk.message");
    CHECK(message.find("Tiếp nhận: chưa được, hồ sơ " + f.maHoSo) == 0);
    CHECK(message.find("Không thể chuyển hồ sơ sang trạng thái này") != std::string::npos);  // the portal's title
    CHECK(bench.statusAtPortal(f.filingId) == "accepted");
}

TEST_CASE("the indicators of the period are shown and saved as CSV and as a PDF to print") {
    DeskBench bench;
    const auto f = deliverFiling(bench.kiosk, makeFiling(2006, 1));
    deliverFiling(bench.kiosk, makeFiling(2007, 0));
    REQUIRE(bench.staff.post("/filings/" + f.filingId + "/actions", R"({"action":"reject","reason":"Trùng"})").status ==
            201);
    auto desk = bench.openDesk();
    desk->click("desk.panel.indicators");
    CHECK(desk->label("desk.indicator.received") == "2");
    CHECK(desk->label("desk.indicator.received_kiosk") == "2");
    CHECK(desk->label("desk.indicator.share_online") == "100.0");
    CHECK(desk->label("desk.indicator.share_digitised") == "50.0");  // one of the two had documents
    CHECK(desk->label("desk.indicator.refused") == "1");
    desk->click("desk.export.csv");
    const std::string saved = desk->label("desk.export.saved");
    const auto csvPath = bench.dir.path() / "reports" /
                         ("chi-so-" + desk->label("desk.indicator.period_first") + "-" +
                          desk->label("desk.indicator.period_last") + ".csv");
    CHECK(saved.find(csvPath.string()) != std::string::npos);
    CHECK(readFile(csvPath).find("received,Hồ sơ tiếp nhận,2\r\n") != std::string::npos);
    desk->click("desk.export.pdf");
    auto pdfPath = csvPath;
    pdfPath.replace_extension(".pdf");
    CHECK(readFile(pdfPath).rfind("%PDF-", 0) == 0);
    // A period that ends before it starts is refused in words, and no figures are shown.
    desk->click("desk.period.first");
    desk->type("x");
    desk->click("desk.indicators.compute");
    CHECK_FALSE(desk->has("desk.indicator.received"));
    CHECK(desk->label("desk.message").find("Ngày không hợp lệ") != std::string::npos);
}

TEST_CASE("without an audit log the desk sends nothing and says why") {
    DeskBench bench;
    const auto f = deliverFiling(bench.kiosk, makeFiling(2008, 0));
    auto desk = bench.openDesk();
    desk->app().setAuditLog(nullptr);
    act(*desk, f.maHoSo, "accept");
    CHECK(bench.statusAtPortal(f.filingId) == "submitted");
    CHECK(desk->label("desk.message").find("Không ghi được nhật ký cán bộ") == 0);
}

TEST_CASE("the desk shows and fetches nothing until the staff PIN is given, and signing out wipes the list") {
    DeskBench bench;
    const auto f = deliverFiling(bench.kiosk, makeFiling(2009, 0));
    auto desk = bench.openDesk("246810");
    CHECK(desk->has("desk.signin.pin"));
    CHECK_FALSE(desk->has("desk.filter.all"));
    CHECK(desk->find("desk.signin.pin")->focused);  // the PIN box has the keyboard from the start
    desk->type("111111");
    desk->enter();
    CHECK(desk->label("desk.signin.problem") == "Mã PIN không đúng.");
    CHECK_FALSE(desk->has("desk.row." + f.maHoSo));
    CHECK(desk->find("desk.signin.pin")->focused);  // back in the PIN box for another try
    desk->type("246810");
    desk->enter();
    desk->waitForPortal();
    INFO(desk->dump());

    CHECK(desk->has("desk.row." + f.maHoSo));
    desk->click("desk.signout");
    desk->waitForPortal();
    CHECK(desk->has("desk.signin.pin"));
    CHECK_FALSE(desk->has("desk.row." + f.maHoSo));
    auto all = bench.audit->entries();
    REQUIRE(all);
    std::vector<std::string> kinds;
    for (const auto& e : *all) kinds.push_back(e.kind + ":" + e.detail);
    CHECK(kinds == std::vector<std::string>{"staff.sign_in_refused:wrong_pin", "staff.sign_in:", "staff.sign_out:"});
    CHECK(all->front().operatorId == "STAFF-DEMO-01");
}

TEST_CASE("three wrong PINs lock the desk's keypad as they lock the kiosk's") {
    DeskBench bench;
    auto desk = bench.openDesk("246810");
    for (int i = 0; i < 3; ++i) {
        desk->type("000000");
        desk->enter();
    }
    CHECK(desk->label("desk.signin.problem").find("chờ 30 giây") != std::string::npos);
    desk->type("246810");  // the right PIN, but the keypad is locked
    desk->enter();
    CHECK_FALSE(desk->has("desk.filter.all"));
    auto all = bench.audit->entries();
    REQUIRE(all);
    CHECK(all->back().detail == "locked");
}

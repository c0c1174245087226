// "In kết quả" end to end, with the real reference portal on loopback, the real kiosk-sync and a
// real cupsd (tests/support/cupsd): staff return a filing's result electronically with two PDFs
// through the portal's staff API; kiosk-sync brings their digests into the status cache; at the
// kiosk the citizen types the mã hồ sơ and the look-up code, taps "In kết quả", and both of the
// portal's own documents go to CUPS, in order; the hand-over of each reaches the portal exactly
// once (a second print is not a second hand-over) and the rating that follows reaches it as the
// moment "result". A document changed on the way (the one fault the real portal cannot make: a
// transport that adds a byte) and a printer that fails are refused in plain Vietnamese, and
// nothing is handed over.
// Every widget is found by its ID. A cupsd that cannot run here exits 77: ctest shows it skipped.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "kiosk/portal_client/curl_transport.hpp"
#include "kiosk/portal_client/enrollment.hpp"
#include "kiosk/receipt/printer.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/keys.hpp"
#include "kiosk_client.hpp"
#include "outbox_status.hpp"
#include "portal_connection.hpp"
#include "result_documents.hpp"
#include "support/cupsd.hpp"
#include "support/paths.hpp"
#include "support/pdf_text.hpp"
#include "support/ui_driver.hpp"
#include "sync_harness.hpp"
#include "ui/headless/birth_flow.hpp"

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

std::string vi(const UiDriver& ui, const std::string& key) { return ui.session().config->locales.vi.at(key); }

// A one-page PDF whose only text is `line` (ASCII), made here: the commune's real results are
// the portal's business, and any PDF will do to follow it through CUPS.
std::string resultPdf(const std::string& line) {
    const std::string content = "BT /F1 18 Tf 72 720 Td (" + line + ") Tj ET";
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        std::string("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> ") +
            "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const auto offset : offsets) {
        const std::string number = std::to_string(offset);
        pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

// The real transport, with one byte added to the result document `target` (a digest) whenever
// it is received: a document changed on the way, which the real portal (storing results by their
// digest) never sends.
class TamperingTransport final : public portal_client::Transport {
public:
    TamperingTransport(std::unique_ptr<portal_client::Transport> real, std::string target)
        : m_real(std::move(real)), m_target(std::move(target)) {}
    portal_client::PortalResult<portal_client::HttpResponse> perform(
        const portal_client::HttpRequest& request) override {
        auto reply = m_real->perform(request);
        if (reply && request.url.find("/results/" + m_target) != std::string::npos && reply->status == 200) {
            reply->body += "%";
            ++tampered;
        }
        return reply;
    }
    int tampered = 0;

private:
    std::unique_ptr<portal_client::Transport> m_real;
    std::string m_target;
};

// The real CUPS printer, remembering the job id CUPS gave each document and the document's text:
// the queue's file holds only the last job, so this is how the test sees both went to cupsd.
class CountingCupsPrinter final : public receipt::Printer {
public:
    Result<int> print(const std::string& queue, const std::string& jobTitle, const std::string& pdf) override {
        auto job = m_cups.print(queue, jobTitle, pdf);
        std::lock_guard lock(m_mutex);
        if (job) m_jobs.emplace_back(*job, pdf);
        return job;
    }
    std::vector<std::pair<int, std::string>> jobs() const {
        std::lock_guard lock(m_mutex);
        return m_jobs;
    }

private:
    receipt::CupsPrinter m_cups;
    mutable std::mutex m_mutex;
    std::vector<std::pair<int, std::string>> m_jobs;  // CUPS job id, the PDF sent
};

// One filing whose applicant chose the electronic result, delivered, accepted, approved, and
// returned by staff with two PDFs (the certificate and an extract); kiosk-sync has the status.
struct Commune {
    TempDir dir{"ui-result-print"};
    std::filesystem::path portalData = dir.path() / "portal";
    PortalProcess portal{portalData};
    SyncKiosk sync{portalData};
    std::string localReference;
    std::string filingId;
    std::string maHoSo;
    std::string secret;
    const std::string pdf = resultPdf("KET QUA DIEN TU SO 4711 - GIAY KHAI SINH");
    const std::string sha = signing::sha256Hex(pdf);
    const std::string extract = resultPdf("KET QUA DIEN TU SO 4712 - TRICH LUC KHAI SINH");
    const std::string extractSha = signing::sha256Hex(extract);
    std::shared_ptr<config::Config> config;
    std::unique_ptr<outbox::Outbox> box;
    std::unique_ptr<OutboxStatusSource> status;

    Commune() {
        config = std::make_shared<config::Config>(*shippedConfigOrFail());
        config->kiosk.printer.name = "kiosktest";
        auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), config->kiosk.kioskId));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        core::Filing filing;
        filing.serviceId = "dang-ky-khai-sinh";
        filing.serviceCode = "1.001193";
        filing.answers["nguoi_yeu_cau.ho_ten"] = "Nguyễn Thị Thử";
        filing.answers["nguoi_yeu_cau.so_dinh_danh"] = "001190012345";
        filing.applicantIdNumber = "001190012345";
        filing.delivery = forms::ResultDelivery::Electronic;
        auto stored = box->submit(filing);
        REQUIRE(stored.ok());
        localReference = stored->localReference;
        REQUIRE(sync.run({"--drain"}) == 0);
        filingId = nlohmann::json::parse(exportFilings(portalData).at(0))["filing_id"].get<std::string>();
        const StaffClient staff = staffClient(portalData, portal.url());
        for (const char* action : {"accept", "approve"}) {
            REQUIRE(staff.post("/filings/" + filingId + "/actions", nlohmann::json{{"action", action}}.dump()).status ==
                    201);
        }
        REQUIRE(staff.put("/filings/" + filingId + "/results/" + sha, pdf, "application/pdf").status == 201);
        REQUIRE(staff.put("/filings/" + filingId + "/results/" + extractSha, extract, "application/pdf").status == 201);
        const nlohmann::json result{
            {"action", "return_result"},
            {"results", nlohmann::json::array({{{"name", "Giấy khai sinh (bản điện tử)"}, {"sha256", sha}},
                                               {{"name", "Trích lục khai sinh"}, {"sha256", extractSha}}})}};
        REQUIRE(staff.post("/filings/" + filingId + "/actions", result.dump()).status == 201);
        REQUIRE(sync.run({"--once"}) == 0);
        status = std::make_unique<OutboxStatusSource>(*box);
        const auto view = box->statusOf(localReference)->value();
        REQUIRE(view.resultDigests == std::vector<std::string>{sha, extractSha});
        REQUIRE(view.resultDelivery == "electronic");
        maHoSo = view.maHoSo;
        secret = view.lookupSecret;
    }

    // What the kiosk's main() makes: a portal client and an outbox connection of its own.
    std::unique_ptr<PortalResultDocuments> documents() const {
        std::string kioskId;
        auto client = openEnrolledPortal(sync.configDir(), kResultPortalWait, kioskId);
        REQUIRE(client.ok());
        auto own = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), config->kiosk.kioskId));
        REQUIRE(own.ok());
        return std::make_unique<PortalResultDocuments>(std::move(*client), std::move(*own));
    }

    nlohmann::json seenByStaff() const {
        return staffClient(portalData, portal.url()).get("/filings/" + filingId).json();
    }
};

void lookUpAndProve(UiDriver& ui, const Commune& c) {
    ui.frame();
    if (ui.session().screen != core::Screen::Home) ui.click("nav.back");
    ui.click("home.lookup");
    ui.fill("lookup.code", c.maHoSo);
    ui.click("lookup.search");
    // The code alone shows no result to print: the document is the owner's.
    CHECK_FALSE(ui.has("lookup.print_result"));
    ui.fill("lookup.secret", c.secret);
    ui.click("lookup.prove");
}

// Frames (real time: the fetch and CUPS run on the result worker) until the print ended.
void waitForPrint(UiDriver& ui) {
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        if (!ui.session().resultPrinting) return;
        std::this_thread::sleep_for(20ms);
    }
    FAIL("the result never finished printing");
}

Cupsd& startedCupsd() {
    static Cupsd cups;
    static const std::string why = cups.start();
    if (!why.empty()) {
        std::cout << "SKIPPED: cupsd cannot start in this environment: " << why << std::endl;
        std::exit(77);
    }
    static const std::string added = cups.addQueue();
    ::setenv("CUPS_SERVER", cups.server().c_str(), 1);
    return cups;
}

}  // namespace

TEST_CASE("the owner prints both documents of the electronic result through cupsd; each is handed over once") {
    Cupsd& cups = startedCupsd();
    Commune c;
    auto documents = c.documents();
    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());
    ui.app().setResultDocuments(documents.get());
    auto counting = std::make_unique<CountingCupsPrinter>();
    const CountingCupsPrinter& printer = *counting;
    ui.app().setResultPrinter(std::move(counting));

    lookUpAndProve(ui, c);
    INFO(ui.dump());
    REQUIRE(ui.has("lookup.print_result"));
    CHECK(ui.label("lookup.result_print") == vi(ui, "result_print.intro"));
    CHECK(ui.label("lookup.result_print.documents") == "Kết quả gồm 2 giấy. Máy sẽ in tất cả, lần lượt từng giấy.");
    CHECK(ui.label("lookup.print_result") == "In kết quả");
    ui.click("lookup.print_result");
    waitForPrint(ui);
    // Printed: the hand-over is kept for kiosk-sync and the faces are asked once more.
    REQUIRE(ui.session().screen == core::Screen::Rating);
    CHECK(ui.label("screen.title") == vi(ui, "rating.title_result"));
    CHECK(ui.label("rating.printed") == vi(ui, "result_print.printed"));  // take the papers first
    CHECK(c.box->statusOf(c.localReference)->value().handedOver);
    INFO(cups.errorLog());
    // Both documents went to cupsd as jobs of their own, in the order staff named them, byte for
    // byte; the queue's file holds the last one printed.
    const auto jobs = printer.jobs();
    REQUIRE(jobs.size() == 2);
    CHECK(jobs[0].first != jobs[1].first);
    CHECK(jobs[0].second == c.pdf);
    CHECK(jobs[1].second == c.extract);
    REQUIRE(cups.waitForOutput());
    CHECK(pdfText(cups.output()).find("KET QUA DIEN TU SO 4712 - TRICH LUC KHAI SINH") != std::string::npos);
    CHECK_FALSE(spoolHoldsDocuments(cups.spool()));
    ui.click("rating.4");
    CHECK(ui.has("rating.thanks"));

    // kiosk-sync tells the portal: one hand-over, one rating at the moment "result".
    REQUIRE(c.sync.run({"--once"}) == 0);
    INFO(c.sync.log());
    auto seen = c.seenByStaff();
    REQUIRE(seen["handovers"].size() == 2);
    CHECK(seen["handovers"][0]["sha256"] == c.sha);
    CHECK(seen["handovers"][1]["sha256"] == c.extractSha);
    REQUIRE(seen["ratings"].size() == 1);
    CHECK(seen["ratings"][0]["moment"] == "result");
    CHECK(seen["ratings"][0]["score"] == 4);

    // A later look-up says it was printed and offers it again; a second print is no second
    // hand-over and asks no second rating.
    ui.click("rating.done");
    CHECK(ui.session().screen == core::Screen::Home);
    lookUpAndProve(ui, c);
    CHECK(ui.label("lookup.result_print.handed_over") == vi(ui, "result_print.handed_over"));
    CHECK(ui.label("lookup.print_result") == "In lại kết quả");
    ui.click("lookup.print_result");
    waitForPrint(ui);
    CHECK(ui.session().screen == core::Screen::Lookup);
    CHECK(ui.label("lookup.result_print.outcome") == vi(ui, "result_print.printed"));
    REQUIRE(c.sync.run({"--once"}) == 0);
    seen = c.seenByStaff();
    CHECK(printer.jobs().size() == 4);
    CHECK(seen["handovers"].size() == 2);
    CHECK(seen["ratings"].size() == 1);
    CHECK(c.box->handoversToSync()->empty());
    // Nothing of the result or the code stays on the screen for the next citizen.
    ui.click("nav.back");
    CHECK_FALSE(ui.session().lookupResult.has_value());
    CHECK_FALSE(ui.session().resultPrinted.has_value());
}

TEST_CASE("a changed document and a failing printer are refused in plain words, and nothing is handed over") {
    startedCupsd();
    Commune c;
    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());

    // The second of the two documents changed on the way: refused before the printer, and the
    // first, which came whole, is not printed either.
    auto enrollment = portal_client::readEnrollment(c.sync.enrollmentDir());
    REQUIRE(enrollment.ok());
    const auto settings = portal_client::settingsFor(*enrollment);
    auto real = portal_client::makeCurlTransport(settings.transport);
    REQUIRE(real.ok());
    auto tampering = std::make_unique<TamperingTransport>(std::move(*real), c.extractSha);
    TamperingTransport& tamper = *tampering;
    auto client = std::make_unique<portal_client::PortalClient>(
        settings.baseUrl, settings.kioskId, *signing::loadPrivateKey(settings.signingKey),
        *signing::loadPublicKey(settings.portalSigningPublicKey), settings.portalKeyId, std::move(tampering));
    auto own = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(c.sync.dataDir(), c.config->kiosk.kioskId));
    REQUIRE(own.ok());
    PortalResultDocuments changed(std::move(client), std::move(*own));
    ui.app().setResultDocuments(&changed);
    auto counting = std::make_unique<CountingCupsPrinter>();
    const CountingCupsPrinter& printer = *counting;
    ui.app().setResultPrinter(std::move(counting));
    lookUpAndProve(ui, c);
    ui.click("lookup.print_result");
    waitForPrint(ui);
    CHECK(tamper.tampered == 1);  // the fault fired
    CHECK(printer.jobs().empty());
    CHECK(ui.session().screen == core::Screen::Lookup);
    CHECK(ui.label("lookup.result_print.outcome") == vi(ui, "result_print.mismatch"));
    CHECK_FALSE(c.box->statusOf(c.localReference)->value().handedOver);

    // A printer queue CUPS does not have: the printer's own words, and no hand-over.
    auto copy = std::make_shared<config::Config>(*c.config);
    copy->kiosk.printer.name = "khong-co-may-in";
    auto documents = c.documents();
    UiDriver other(copy, *c.box);
    other.app().setStatusSource(c.status.get());
    other.app().setResultDocuments(documents.get());
    lookUpAndProve(other, c);
    other.click("lookup.print_result");
    waitForPrint(other);
    const std::string said = other.label("lookup.result_print.outcome");
    CHECK(said.rfind("Máy in gặp lỗi nên chưa in được kết quả: ", 0) == 0);
    CHECK(said.find("Xin mời bạn hỏi cán bộ ở quầy một cửa.") != std::string::npos);
    CHECK_FALSE(c.box->statusOf(c.localReference)->value().handedOver);
    REQUIRE(c.sync.run({"--once"}) == 0);
    CHECK(c.seenByStaff()["handovers"].empty());
}

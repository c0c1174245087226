// packaging/portal-staff.sh, the demo's stand-in for commune staff: it finds a filing by the
// mã hồ sơ the citizen was given, moves it through staff actions and marks its fee paid through
// the portal's simulator, and the kiosk sees each change through kiosk-sync's status feed.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "kiosk/signing/digest.hpp"

#include "support/paths.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct ScriptRun {
    int status = -1;
    std::string output;  // stdout and stderr
};

ScriptRun staffScript(const std::filesystem::path& portalData, const std::string& args) {
    const std::string command = (sourceDir() / "packaging" / "portal-staff.sh").string() +
                                " --data " + portalData.string() + " " + args + " 2>&1";
    ScriptRun run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[512];
    while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) run.output.append(buffer, n);
    const int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

outbox::FilingStatusView statusOf(const SyncKiosk& kiosk, const std::string& localReference) {
    auto view = kiosk.open()->statusOf(localReference);
    REQUIRE(view.ok());
    REQUIRE(view->has_value());
    return **view;
}

}  // namespace

TEST_CASE("the staff script acts on a filing by its mã hồ sơ and pays its fee") {
    TempDir dir("staff-script");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);
    SyncKiosk kiosk(data);
    const auto filings = kiosk.enqueue(1, 0, 0, 8000);
    REQUIRE(kiosk.run({"--drain"}) == 0);
    const std::string code = statusOf(kiosk, filings[0].localReference).maHoSo;
    REQUIRE_FALSE(code.empty());

    const auto listed = staffScript(data, "list");
    CHECK(listed.status == 0);
    CHECK(listed.output.find(code + "\tsubmitted\tkiosk\t") != std::string::npos);  // with where it was filed

    const auto accepted = staffScript(data, "accept " + code);
    INFO(accepted.output);
    CHECK(accepted.status == 0);
    CHECK(accepted.output.find("accepted (TrangThaiHoSo 2)") != std::string::npos);

    // No fee asked for yet: nothing to pay, said plainly.
    const auto early = staffScript(data, "pay " + code);
    CHECK(early.status == 1);
    CHECK(early.output.find("không có khoản phí nào đang chờ thanh toán") != std::string::npos);

    // The fee screen asks; kiosk-sync turns the request into a VietQR intent.
    REQUIRE(kiosk.open()->requestPayment(filings[0].localReference).ok());
    REQUIRE(kiosk.run({"--once"}) == 0);
    CHECK(statusOf(kiosk, filings[0].localReference).payment.state == outbox::PaymentState::Pending);

    const auto paid = staffScript(data, "pay " + code);
    INFO(paid.output);
    CHECK(paid.status == 0);
    CHECK(paid.output.find("8000") != std::string::npos);
    REQUIRE(kiosk.run({"--once"}) == 0);
    const auto after = statusOf(kiosk, filings[0].localReference);
    CHECK(after.status == "accepted");
    CHECK(after.payment.state == outbox::PaymentState::Paid);

    // A transition the portal refuses is reported with the portal's reason, not hidden.
    const auto refused = staffScript(data, "return_result " + code);
    CHECK(refused.status == 1);
    CHECK(refused.output.find("409") != std::string::npos);

    const auto unknown = staffScript(data, "accept 000.00.00.H66-000000-9999");
    CHECK(unknown.status == 1);
    CHECK(unknown.output.find("không có hồ sơ mã 000.00.00.H66-000000-9999") != std::string::npos);
}

TEST_CASE("the staff script returns a result with its PDF, which the kiosk's status feed then names") {
    TempDir dir("staff-script-result");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);
    SyncKiosk kiosk(data);
    const auto filings = kiosk.enqueue(1, 0, 0, 0);
    REQUIRE(kiosk.run({"--drain"}) == 0);
    const std::string code = statusOf(kiosk, filings[0].localReference).maHoSo;
    REQUIRE_FALSE(code.empty());

    // What staff would scan or export from the civil-status system; only its first bytes matter
    // to the portal, and a name with diacritics and a space is what the citizen reads.
    const std::string pdf = "%PDF-1.4\n% synthetic result for a test\n%%EOF\n";
    const auto result = dir.path() / "Giấy khai sinh.pdf";
    std::ofstream(result, std::ios::binary) << pdf;
    const auto notPdf = dir.path() / "ghi-chu.pdf";
    std::ofstream(notPdf, std::ios::binary) << "not a PDF";

    REQUIRE(staffScript(data, "accept " + code).status == 0);
    REQUIRE(staffScript(data, "approve " + code).status == 0);

    // A file that is not a PDF is refused by name before anything is sent: the filing stays approved.
    const auto refused = staffScript(data, "return_result " + code + " 'Bản điện tử' " + notPdf.string());
    INFO(refused.output);
    CHECK(refused.status == 1);
    CHECK(refused.output.find("không phải PDF") != std::string::npos);
    REQUIRE(kiosk.run({"--once"}) == 0);
    CHECK(statusOf(kiosk, filings[0].localReference).status == "approved");

    const auto returned = staffScript(data, "return_result " + code + " 'Bản điện tử' '" + result.string() + "'");
    INFO(returned.output);
    CHECK(returned.status == 0);
    CHECK(returned.output.find("result_returned (TrangThaiHoSo 10)") != std::string::npos);

    REQUIRE(kiosk.run({"--once"}) == 0);
    const auto after = statusOf(kiosk, filings[0].localReference);
    CHECK(after.status == "result_returned");
    REQUIRE(after.resultDigests.size() == 1);
    CHECK(after.resultDigests[0] == signing::sha256Hex(pdf));
}

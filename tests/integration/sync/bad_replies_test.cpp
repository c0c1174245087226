// Replies that are not the portal's: a captive Wi-Fi page, text where JSON belongs, JSON cut
// short, a connection cut mid-body, a wrong type, a redirect, an oversized body. None of them
// may mark a filing delivered or crash kiosk-sync; each is a retryable error on that filing.
// The real portal cannot be made to send most of these, so a tiny HTTPS server (cpp-httplib,
// with the portal's own server certificate) stands in for it, for this test only.
#include <doctest/doctest.h>
#include <httplib.h>

#include <signal.h>

#include <thread>

#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Case {
    const char* name;
    std::function<void(httplib::Response&)> reply;
    const char* expectedCode;  // the outbox's last_error for the filing
};

class FakePortal {
public:
    FakePortal(const std::filesystem::path& portalData, std::function<void(httplib::Response&)> reply)
        : m_server((portalData / "server.pem").c_str(), (portalData / "server.key").c_str()), m_reply(std::move(reply)) {
        const auto handler = [this](const httplib::Request&, httplib::Response& res) { m_reply(res); };
        m_server.Get(".*", handler);
        m_server.Post(".*", handler);
        m_server.Put(".*", handler);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        REQUIRE(m_port > 0);
        // Bound means listening: connections queue until the thread accepts them.
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ~FakePortal() {
        m_server.stop();
        m_thread.join();
    }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(m_port) + "/api/v1"; }

private:
    httplib::SSLServer m_server;
    std::function<void(httplib::Response&)> m_reply;
    int m_port = 0;
    std::thread m_thread;
};

}  // namespace

TEST_CASE("captive, non-JSON, truncated and malformed replies never mark a filing delivered") {
    TempDir dir("sync-bad-replies");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);  // only its PKI is used; it stays up so that stopping it is not raced with its start
    const std::vector<Case> cases = {
        {"captive portal page",
         [](httplib::Response& r) { r.set_content("<html><body>Đăng nhập Wi-Fi miễn phí</body></html>", "text/html"); },
         "portal.captive"},
        {"201 but not JSON", [](httplib::Response& r) { r.status = 201; r.set_content("OK", "text/plain"); },
         "portal.not_json"},
        {"201 with JSON cut short",
         [](httplib::Response& r) {
             r.status = 201;
             r.set_content(R"({"filing_id":"f-1","client_filing_id":"0193-)", "application/json");
         },
         "portal.bad_reply"},
        {"201 with a wrong type",
         [](httplib::Response& r) {
             r.status = 201;
             r.set_content(R"({"filing_id":"f-1","client_filing_id":42,"ma_ho_so":[],"missing_documents":{}})",
                           "application/json");
         },
         "portal.bad_reply"},
        {"connection cut mid-body",
         [](httplib::Response& r) {
             r.status = 201;
             r.set_content_provider(4000, "application/json", [](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                 if (offset > 0) return false;  // stop half way: the client sees the body end early
                 const std::string part = R"({"filing_id":"f-1",)";
                 sink.write(part.data(), part.size());
                 return true;
             });
         },
         "network."},
        {"redirect to a login page",
         [](httplib::Response& r) { r.set_redirect("https://login.example.invalid/portal", 302); },
         "portal.captive"},
        {"a huge body", [](httplib::Response& r) { r.status = 201; r.set_content(std::string(3 << 20, ' '), "application/json"); },
         "portal.reply_too_large"},
    };
    for (const auto& c : cases) {
        SUBCASE(c.name) {
            FakePortal fake(data, c.reply);
            SyncKiosk kiosk(data);
            kiosk.setPortalUrl(fake.url());
            const auto filings = kiosk.enqueue(2, 1, 500);
            // Twice, so the retry path is exercised too; --once makes one attempt each time.
            CHECK(kiosk.run({"--once"}) == 0);
            CHECK(kiosk.run({"--once"}) == 0);
            INFO(kiosk.log());
            const auto counts = kiosk.counts();
            CHECK(counts.pending == 2);
            CHECK(counts.delivered == 0);
            CHECK(counts.failed == 0);
            auto box = kiosk.open();
            const auto first = box->findByReference(filings[0].localReference)->value();
            CHECK(first.maHoSo.empty());
            CHECK(first.attempts >= 2);
            CHECK(first.lastError.rfind(c.expectedCode, 0) == 0);
        }
    }
}

TEST_CASE("503 with Retry-After: the next attempt waits at least that long") {
    TempDir dir("sync-retry-after");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);
    FakePortal fake(data, [](httplib::Response& r) {
        r.status = 503;
        r.set_header("Retry-After", "2");
        r.set_content(R"({"type":"urn:kiosk-portal:problem:overloaded","title":"t","status":503,"code":"overloaded"})",
                      "application/problem+json");
    });
    SyncKiosk kiosk(data);
    kiosk.setPortalUrl(fake.url());
    kiosk.enqueue(1, 0);
    // The backoff alone would retry within 10-100 ms.
    const pid_t pid = kiosk.start(fastRetry());
    std::this_thread::sleep_for(std::chrono::milliseconds{3500});
    CHECK(SyncKiosk::stop(pid, SIGTERM) == 0);
    INFO(kiosk.log());
    auto box = kiosk.open();
    const auto summary = box->list(1)->at(0);
    CHECK(summary.lastError == "portal.503.overloaded");
    // An attempt at once, the next after 2 s, a third after 4 s: at most two in 3.5 s (the
    // backoff alone would have made dozens).
    CHECK(summary.attempts >= 1);
    CHECK(summary.attempts <= 2);
    CHECK(kiosk.log().find("2000 ms") != std::string::npos);
}

// Benchmark: delivery through kiosk-sync to the real kiosk-portal on loopback (mutual TLS,
// signed requests), with 200 KB of attachments per filing.
//   1. throughput: N filings enqueued, then `kiosk-sync --drain`; filings per second;
//   2. latency: filings enqueued at a steady rate while kiosk-sync runs; p50/p99 from the end of
//      Outbox::submit to the receipt stored in the outbox;
//   3. the bound: the same requests (create, PUT by hash, submit, signed the same way) sent by the
//      curl CLI, one process per request group, as a reference for the transport cost.
// Prints figures only. usage: [BENCH_SYNC_FILINGS=N] [BENCH_SYNC_RATE=R] bench_sync (defaults 100, 5/s)
#include <doctest/doctest.h>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/http_signature.hpp"
#include "kiosk/signing/keys.hpp"
#include "kiosk/sync/filing_body.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kAttachmentBytes = 200 * 1024;

int argOr(int index, int fallback) {
    const char* env = std::getenv(index == 0 ? "BENCH_SYNC_FILINGS" : "BENCH_SYNC_RATE");
    return env ? std::max(1, std::atoi(env)) : fallback;
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

// Writes the headers a signed kiosk request carries, one per line, for `curl -H @file`.
void writeSignedHeaders(const fs::path& file, const signing::PrivateKey& key, const std::string& method,
                        const std::string& url, const std::string& contentType, std::string_view body,
                        const std::string& idempotencyKey) {
    const signing::SignOptions options(kKioskId, std::chrono::time_point_cast<std::chrono::seconds>(
                                                     std::chrono::system_clock::now()));
    auto headers = signing::signRequest({method, url, contentType, body, idempotencyKey}, key, options);
    REQUIRE(headers.ok());
    std::ofstream out(file);
    out << "Content-Type: " << contentType << "\nContent-Digest: " << headers->contentDigest
        << "\nSignature-Input: " << headers->signatureInput << "\nSignature: " << headers->signature << "\nExpect:\n";
    if (!idempotencyKey.empty()) out << "Idempotency-Key: " << idempotencyKey << "\n";
}

std::string run(const std::string& command) {
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

// Sends each filing with the curl CLI: one process for the create (its reply names the portal's
// filing id), one for the document upload and the submit over one connection (--next).
double curlBound(const SyncKiosk& kiosk, const std::vector<Enqueued>& filings, const fs::path& work) {
    auto enrollment = kiosk.enrollmentDir();
    std::string url;
    {
        std::ifstream in(enrollment / "enrollment.toml");
        for (std::string line; std::getline(in, line);) {
            if (line.rfind("portal_url", 0) == 0) url = line.substr(line.find('"') + 1, line.rfind('"') - line.find('"') - 1);
        }
    }
    auto key = signing::loadPrivateKey(enrollment / "signing.key");
    REQUIRE(key.ok());
    const std::string tls = " -sS --http1.1 --tlsv1.2 --cacert '" + (enrollment / "ca.pem").string() + "' --cert '" +
                            (enrollment / "client.pem").string() + "' --key '" + (enrollment / "client.key").string() + "'";
    auto box = kiosk.open();
    const auto start = Clock::now();
    for (const auto& f : filings) {
        auto opened = box->decryptPayload(f.clientFilingId);
        REQUIRE(opened.ok());
        std::string body = sync::createFilingBody(*opened);
        { std::ofstream(work / "body.json", std::ios::binary) << body; }
        writeSignedHeaders(work / "h1", *key, "POST", url + "/filings", "application/json", body, f.clientFilingId);
        secureWipe(body);
        const std::string created = run("curl" + tls + " -H @'" + (work / "h1").string() + "' --data-binary @'" +
                                        (work / "body.json").string() + "' '" + url + "/filings'");
        const auto reply = nlohmann::json::parse(created, nullptr, false);
        REQUIRE_MESSAGE(reply.is_object(), created);
        const std::string id = reply.value("filing_id", "");
        const auto& part = opened->filing.attachments.at(0);
        const std::string bytes(part.bytes.begin(), part.bytes.end());
        { std::ofstream(work / "part.bin", std::ios::binary) << bytes; }
        { std::ofstream(work / "empty.json") << "{}"; }
        const std::string sha = opened->attachmentSha256.at(0);
        writeSignedHeaders(work / "h2", *key, "PUT", url + "/filings/" + id + "/documents/" + sha, part.mediaType, bytes, "");
        writeSignedHeaders(work / "h3", *key, "POST", url + "/filings/" + id + "/submit", "application/json", "{}",
                           f.clientFilingId + ":submit");
        const std::string out =
            run("curl" + tls + " -o /dev/null -w '%{http_code} ' -X PUT -H @'" + (work / "h2").string() +
                "' --data-binary @'" + (work / "part.bin").string() + "' '" + url + "/filings/" + id + "/documents/" +
                sha + "' --next" + tls + " -o /dev/null -w '%{http_code}' -H @'" + (work / "h3").string() +
                "' --data-binary @'" + (work / "empty.json").string() + "' '" + url + "/filings/" + id + "/submit'");
        REQUIRE_MESSAGE(out == "201 202", out);
    }
    const double elapsed = seconds(Clock::now() - start);
    fs::remove(work / "body.json");
    return static_cast<double>(filings.size()) / elapsed;
}

}  // namespace

TEST_CASE("bench: kiosk-sync delivery with 200 KB attachments, and curl as the bound") {
    const int n = argOr(0, 100);
    const int rate = argOr(1, 5);
    TempDir dir("bench-sync");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);

    // 1. Throughput.
    SyncKiosk kiosk(data);
    const auto filings = kiosk.enqueue(n, 1, kAttachmentBytes);
    const auto t0 = Clock::now();
    REQUIRE(kiosk.run({"--drain"}, std::chrono::seconds{600}) == 0);
    const double drainRate = n / seconds(Clock::now() - t0);

    // 2. Latency while kiosk-sync runs and filings arrive at `rate` per second.
    SyncKiosk live(data);
    const pid_t pid = live.start({});
    std::vector<double> latencies;
    {
        auto watcher = live.open();
        std::vector<std::pair<std::string, Clock::time_point>> sent;
        std::size_t next = 0;
        const auto period = std::chrono::microseconds{1'000'000 / rate};
        auto due = Clock::now();
        const auto deadline = Clock::now() + std::chrono::seconds{n / rate + 120};
        while ((sent.size() < static_cast<std::size_t>(n) || next < sent.size()) && Clock::now() < deadline) {
            if (sent.size() < static_cast<std::size_t>(n) && Clock::now() >= due) {
                const auto one = live.enqueue(1, 1, kAttachmentBytes);
                sent.emplace_back(one[0].localReference, Clock::now());
                due += period;
            }
            // Receipts come in order; check the oldest one still waiting.
            while (next < sent.size()) {
                auto found = watcher->findByReference(sent[next].first);
                if (!found.ok() || !found->has_value() || (*found)->status != outbox::FilingStatus::Delivered) break;
                latencies.push_back(seconds(Clock::now() - sent[next].second) * 1000.0);
                ++next;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{2});
        }
    }
    SyncKiosk::stop(pid, SIGTERM);

    // 3. The curl CLI sending the same requests.
    SyncKiosk viaCurl(data);
    const auto curlFilings = viaCurl.enqueue(n, 1, kAttachmentBytes);
    const double curlRate = curlBound(viaCurl, curlFilings, dir.path());

    std::printf("\nkiosk-sync bench (%d filings, one 200 KB attachment each, loopback, mutual TLS)\n", n);
    std::printf("  kiosk-sync --drain      %.1f filings/s\n", drainRate);
    std::printf("  curl CLI, same requests %.1f filings/s\n", curlRate);
    std::printf("  enqueue -> receipt at %d filings/s: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%zu measured)\n", rate,
                percentile(latencies, 0.5), percentile(latencies, 0.99),
                latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()), latencies.size());
    CHECK(latencies.size() == static_cast<std::size_t>(n));
    portal.stop();
}

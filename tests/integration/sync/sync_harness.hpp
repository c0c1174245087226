#pragma once
// A kiosk for the kiosk-sync tests: a config folder enrolled from a real kiosk-portal's
// enroll/<id>/ folder, an outbox filled with synthetic filings through the same Outbox::submit
// the kiosk uses, kiosk-sync started as a real process, and checks against `kiosk-portal --export`.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/outbox/outbox.hpp"
#include "portal_process.hpp"

namespace kiosk::test {

inline const std::string kKioskId = "KIOSK-DEMO-01";

// What the test keeps of each filing it enqueued, to compare with the portal's export.
struct Enqueued {
    std::string localReference;
    std::string clientFilingId;
    std::map<std::string, std::string> answers;
    std::vector<std::string> attachmentSha256;
};

// What the test keeps of each supplement it enqueued.
struct EnqueuedSupplement {
    std::string localReference;  // of the filing it adds to
    std::string clientFilingId;
    std::string clientSupplementId;
    std::vector<std::string> attachmentSha256;
    std::vector<std::size_t> attachmentLengths;
};

class SyncKiosk {
public:
    // Copies `portalData`/enroll/KIOSK-DEMO-01/ into config/enrollment/ (modes kept), as
    // `kiosk-admin enroll` does.
    explicit SyncKiosk(const std::filesystem::path& portalData);

    const std::filesystem::path& configDir() const { return m_config; }
    const std::filesystem::path& dataDir() const { return m_data; }
    std::filesystem::path enrollmentDir() const { return m_config / "enrollment"; }
    // Points the enrollment at another URL (the test's fake server).
    void setPortalUrl(const std::string& url);

    // Submits `count` synthetic filings, each with `attachments` attachments of about
    // `attachmentBytes` bytes and the given fee, through Outbox::submit.
    std::vector<Enqueued> enqueue(int count, int attachments = 1, std::size_t attachmentBytes = 4096,
                                  long long feeVnd = 8000);

    // For each filing (delivered already): staff at the portal ask for a supplement naming the
    // slot "giay_chung_sinh", kiosk-sync pulls the request into the status cache (one --once
    // run), and a supplement of `attachments` scanned pages of about `attachmentBytes` each goes
    // into the outbox through Outbox::submitSupplement, as the kiosk does.
    std::vector<EnqueuedSupplement> enqueueSupplements(const std::filesystem::path& portalData,
                                                       const std::string& portalUrl,
                                                       const std::vector<Enqueued>& filings, int attachments = 2,
                                                       std::size_t attachmentBytes = 1024);

    // A fresh Outbox on the data folder (delivery view: no kiosk id).
    std::unique_ptr<outbox::Outbox> open() const;
    outbox::StatusCounts counts() const;

    // Runs kiosk-sync with `args` (after --config/--data) to the end; returns its exit status
    // (-1 when it had to be killed after `timeout`). Its stderr goes to log().
    int run(const std::vector<std::string>& args, std::chrono::seconds timeout = std::chrono::seconds{60});
    // Starts kiosk-sync in the background; returns its pid.
    pid_t start(const std::vector<std::string>& args);
    // Sends `signal` and waits; returns the exit status, or 128+signal when killed by it.
    static int stop(pid_t pid, int signal);
    // Waits until the outbox has nothing pending (filings, supplements, help calls), up to `timeout`;
    // true when it got there.
    bool waitDrained(std::chrono::seconds timeout) const;
    std::string log() const;

private:
    TempDir m_root;
    std::filesystem::path m_config;
    std::filesystem::path m_data;
    std::filesystem::path m_log;
    int m_seed = 0;
};

// Checks `kiosk-portal --export` against what was enqueued: each filing exactly once (by
// client_filing_id and local reference), with its answers and attachment hashes, submitted.
// Also checks that the outbox has each one delivered with the portal's mã hồ sơ.
void checkExactlyOnce(const std::filesystem::path& portalData, const std::vector<Enqueued>& filings,
                      outbox::Outbox& box);

// Checks `kiosk-portal --export` for supplements: each filing holds exactly the one supplement
// sent for it, with its documents' hashes, lengths and slot, and the filing is processing again;
// the outbox has each supplement delivered with the portal's signed answer.
void checkSupplementsExactlyOnce(const std::filesystem::path& portalData,
                                 const std::vector<EnqueuedSupplement>& supplements, outbox::Outbox& box);

// Backoff short enough for tests, still exponential with full jitter.
std::vector<std::string> fastRetry();

}  // namespace kiosk::test

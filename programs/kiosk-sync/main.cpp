// kiosk-sync: the delivery agent (design.md "Processes"). It owns the schedule only; the work is
// in Agent. One instance per data folder (a lock file), stops cleanly on SIGTERM/SIGINT after the
// request in flight, and relies on the outbox and the portal's idempotency for kill -9.
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <thread>

#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/portal_client/enrollment.hpp"
#include "kiosk/portal_client/portal_client.hpp"
#include "kiosk/sync/agent.hpp"
#include "kiosk/sync/options.hpp"
#include "kiosk_version.hpp"

namespace {

using namespace std::chrono;
using Clock = steady_clock;

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int) { g_stop = 1; }

void installSignals() {
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    signal(SIGPIPE, SIG_IGN);
}

void logLine(const std::string& line) {
    const auto now = system_clock::now();
    const std::time_t t = system_clock::to_time_t(now);
    const auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&t, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
    std::fprintf(stderr, "%s.%03dZ kiosk-sync: %s\n", stamp, static_cast<int>(ms), line.c_str());
}

int fail(const kiosk::Error& error) {
    logLine(error.message + (error.where.empty() ? "" : " [" + error.where + "]"));
    return 1;
}

// Sleeps until `until` or a signal, in short slices so SIGTERM is seen quickly.
void sleepUntil(Clock::time_point until) {
    while (!g_stop && Clock::now() < until) {
        std::this_thread::sleep_for(std::min<Clock::duration>(until - Clock::now(), milliseconds{50}));
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace kiosk;
    if (printVersionIfAsked(argc, argv, "kiosk-sync")) return 0;
    auto options = sync::parseOptions(std::vector<std::string>(argv + 1, argv + argc));
    if (!options) {
        std::fprintf(stderr, "%s\n%s", options.error().message.c_str(), sync::usage().c_str());
        return 64;
    }
    if (options->help) {
        std::fputs(sync::usage().c_str(), stdout);
        return 0;
    }
    installSignals();

    auto enrollment = portal_client::readEnrollment(portal_client::enrollmentDirectory(options->configDir));
    if (!enrollment) return fail(enrollment.error());

    std::error_code ec;
    std::filesystem::create_directories(options->dataDir, ec);
    // Two agents on one outbox would each release the other's claims: allow one.
    const auto lockPath = options->dataDir / "kiosk-sync.lock";
    const int lock = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock < 0 || ::flock(lock, LOCK_EX | LOCK_NB) != 0) {
        return fail(Error{"sync.already_running",
                          "Một kiosk-sync khác đang chạy trên thư mục dữ liệu này. (Another kiosk-sync is running.)",
                          lockPath.string()});
    }

    // Only delivery and inspection: no kiosk id, so this Outbox cannot submit.
    auto box = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(options->dataDir, ""));
    if (!box) return fail(box.error());
    // A claim left by a killed agent would hold its filing back; we hold the lock, so none is live.
    if (auto released = (*box)->releaseClaims(); !released) return fail(released.error());

    auto settings = portal_client::settingsFor(*enrollment);
    settings.transport.cancelled = [] { return g_stop != 0; };
    auto client = portal_client::PortalClient::open(settings);
    if (!client) return fail(client.error());

    portal_client::BackoffPolicy policy;
    if (options->backoffBase) policy.base = *options->backoffBase;
    if (options->backoffCap) policy.cap = std::max(*options->backoffCap, policy.base);
    sync::Agent agent(**box, **client, policy, logLine);
    if (options->backoffBase || options->backoffCap) agent.pinBackoff();
    auto audit = outbox::AuditStore::open(outbox::OutboxOptions::inDirectory(options->dataDir, ""));
    if (!audit) return fail(audit.error());
    agent.setAuditLog(audit->get());

    logLine("bắt đầu: kiosk " + enrollment->kioskId + ", cổng " + enrollment->portalUrl + ", dữ liệu " +
            (*box)->databasePath().string() + " / started");

    const auto pollEvery = [&] { return seconds{options->pollSeconds.value_or(agent.suggestedPollSeconds().value_or(30))}; };
    Clock::time_point pausedUntil = Clock::now();
    Clock::time_point nextPoll = Clock::now();
    Clock::time_point nextPayments = Clock::now();
    int exitCode = 0;

    while (!g_stop) {
        bool busy = false;
        bool settled = false;  // nothing more can be delivered right now
        if (Clock::now() >= pausedUntil || options->once) {
            const sync::Step step = agent.deliverNext();
            switch (step.outcome) {
                case sync::StepOutcome::Delivered:
                case sync::StepOutcome::Failed: busy = true; break;
                case sync::StepOutcome::Retry:
                    pausedUntil = Clock::now() + step.pause;
                    settled = true;
                    break;
                case sync::StepOutcome::Idle: settled = true; break;
            }
        }
        if (Clock::now() >= nextPoll || (options->once && settled)) {
            agent.pullStatus();
            agent.heartbeat();
            nextPoll = Clock::now() + pollEvery();
        }
        if (Clock::now() >= nextPayments || (options->once && settled)) {
            agent.syncPayments();
            agent.syncRatings();
            agent.syncHandovers();
            nextPayments = Clock::now() + milliseconds{2000};
        }
        if (options->drain) {
            auto counts = (*box)->statusCounts();
            if (counts && counts->pending == 0 && counts->supplementsPending == 0 && counts->helpCallsPending == 0) {
                logLine("hết hồ sơ chờ gửi: đã gửi " + std::to_string(counts->delivered) + ", bị từ chối " +
                        std::to_string(counts->failed) + " / outbox drained");
                exitCode = counts->failed > 0 ? 2 : 0;
                break;
            }
        }
        if (options->once && settled) break;
        if (!busy) sleepUntil(std::min({pausedUntil > Clock::now() ? pausedUntil : Clock::now() + milliseconds{100},
                                       nextPoll, nextPayments}));
    }
    if (g_stop) logLine("dừng theo yêu cầu / stopped on signal");
    ::close(lock);
    return exitCode;
}

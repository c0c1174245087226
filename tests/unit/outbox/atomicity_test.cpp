// A submission is one transaction (portal-integration.md §3.2, §5.3): if the kiosk process is
// killed at any instant, a filing is either entirely in the outbox (row, key, every part) or not
// there at all, and every filing the kiosk had already confirmed to the citizen survives.
// The kill delays and the filings come from one seed, printed at the start; KIOSK_TEST_SEED=N
// replays it (the instants themselves depend on the machine's timing as well).
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <set>

#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"
#include "support/test_seed.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The child: submits filings of varied size forever, reporting each confirmed reference.
[[noreturn]] void submitUntilKilled(const outbox::OutboxOptions& options, int reportFd, std::uint32_t seed) {
    rng().seed(seed);
    auto box = outbox::Outbox::open(options);
    if (!box) ::_exit(2);
    std::uniform_int_distribution<std::size_t> attachments(0, 3), size(1, 64 * 1024);
    for (;;) {
        const auto stored = (*box)->submit(makeFiling(makeCitizen(), attachments(rng()), size(rng())));
        if (!stored) ::_exit(3);
        const std::string line = stored->localReference + "\n";
        if (::write(reportFd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) ::_exit(4);
    }
}

std::string readAll(int fd) {
    std::string out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0) break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

std::int64_t count(sqlite::Database& db, const char* sql) {
    auto n = db.queryInt(sql, "test");
    REQUIRE(n.ok());
    return *n;
}

}  // namespace

TEST_CASE("a kiosk killed at random instants leaves every filing whole or absent") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    std::set<std::string> confirmed;
    const std::uint32_t seed = testSeed();
    MESSAGE("seed " << seed << " (replay with KIOSK_TEST_SEED=" << seed << ")");
    INFO("seed " << seed);
    rng().seed(seed);
    std::uniform_int_distribution<int> delayUs(0, 60000);
    for (int round = 0; round < 30; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            submitUntilKilled(options, fds[1], seed + static_cast<std::uint32_t>(round) + 1);
        }
        ::close(fds[1]);
        ::usleep(static_cast<useconds_t>(delayUs(rng())));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        CHECK_MESSAGE(WIFSIGNALED(status), "the submitting child stopped by itself: exit " << WEXITSTATUS(status));
        std::string lines = readAll(fds[0]);
        ::close(fds[0]);
        for (std::size_t start = 0, end; (end = lines.find('\n', start)) != std::string::npos; start = end + 1) {
            confirmed.insert(lines.substr(start, end - start));
        }
    }
    REQUIRE_FALSE(confirmed.empty());

    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    CHECK((*box)->checkIntegrity().ok());
    for (const auto& reference : confirmed) {
        const auto found = (*box)->findByReference(reference);
        REQUIRE(found.ok());
        CHECK_MESSAGE(found->has_value(), "confirmed filing lost: " << reference);
    }
    const auto all = (*box)->list(1000000);
    REQUIRE(all.ok());
    CHECK(all->size() >= confirmed.size());
    for (const auto& summary : *all) {
        const auto opened = (*box)->decryptPayload(summary.clientFilingId);
        CHECK_MESSAGE(opened.ok(), "filing stored incompletely: " << summary.localReference);
    }

    auto raw = sqlite::Database::open(options.databasePath);
    REQUIRE(raw.ok());
    CHECK(count(*raw, "SELECT COUNT(*) FROM filing WHERE id NOT IN (SELECT filing_id FROM filing_key)") == 0);
    CHECK(count(*raw, "SELECT COUNT(*) FROM filing WHERE id NOT IN (SELECT filing_id FROM part WHERE number = 0)") == 0);
    CHECK(count(*raw, "SELECT COUNT(*) FROM part WHERE filing_id NOT IN (SELECT id FROM filing)") == 0);
    CHECK(count(*raw, "SELECT COALESCE(SUM(last), 0) FROM reference_counter") ==
          static_cast<std::int64_t>(all->size()));
}

// When storage runs out mid-submission the citizen must get a plain instruction, and the outbox
// must hold nothing of the failed filing (no row without a key, no orphan parts, no used-up
// reference number), so staff can free space and the citizen can try again.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

constexpr const char* kFullMessage = "Máy không còn đủ chỗ lưu hồ sơ. Vui lòng báo cán bộ.";

std::int64_t count(sqlite::Database& db, const char* sql) {
    auto n = db.queryInt(sql, "test");
    REQUIRE(n.ok());
    return *n;
}

void checkOnlyWholeFilings(const std::filesystem::path& databasePath, std::int64_t filings, std::int64_t partsEach) {
    auto raw = sqlite::Database::open(databasePath);
    REQUIRE(raw.ok());
    raw->setBusyTimeout(5000);
    CHECK(count(*raw, "SELECT COUNT(*) FROM filing") == filings);
    CHECK(count(*raw, "SELECT COUNT(*) FROM filing_key") == filings);
    CHECK(count(*raw, "SELECT COUNT(*) FROM part") == filings * partsEach);
    CHECK(count(*raw, "SELECT COALESCE(SUM(last), 0) FROM reference_counter") == filings);
}

}  // namespace

TEST_CASE("running out of space while enqueuing gives a clear message and leaves nothing half-written") {
    TempDir dir;
    auto options = optionsIn(dir.path());
    options.maxDatabaseBytes = 256 * 1024;
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());

    int stored = 0;
    std::optional<kiosk::Error> failure;
    for (int i = 0; i < 100 && !failure; ++i) {
        auto result = (*box)->submit(makeFiling(makeCitizen(), 1, 20 * 1024));
        if (result) ++stored;
        else failure = result.error();
    }
    REQUIRE(failure.has_value());
    CHECK(stored > 0);
    CHECK(failure->code == "outbox.disk_full");
    CHECK(failure->message.rfind(kFullMessage, 0) == 0);

    const auto counts = (*box)->statusCounts();
    REQUIRE(counts.ok());
    CHECK(counts->pending == stored);
    CHECK((*box)->checkIntegrity().ok());
    checkOnlyWholeFilings(options.databasePath, stored, 2);
    box->reset();

    // Once there is room again the next filing takes the next number: nothing was used up.
    options.maxDatabaseBytes = 0;
    auto roomy = outbox::Outbox::open(options);
    REQUIRE(roomy.ok());
    const auto next = (*roomy)->submit(makeFiling(makeCitizen(), 1, 20 * 1024));
    REQUIRE(next.ok());
    CHECK(std::stoi(next->localReference.substr(next->localReference.size() - 4)) == stored + 1);
}

TEST_CASE("a write refused by the file system fails the submission and keeps the database whole") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    {
        auto box = outbox::Outbox::open(options);
        REQUIRE(box.ok());
        for (int i = 0; i < 3; ++i) REQUIRE((*box)->submit(makeFiling(makeCitizen(), 1)).ok());
    }
    const auto limit = static_cast<rlim_t>(std::filesystem::file_size(options.databasePath) + 64 * 1024);

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The file-size limit turns the WAL append into a failed write (EFBIG), as a full or
        // failing disk would; SIGXFSZ is ignored so the write fails instead of killing us.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit fsize{limit, limit};
        if (::setrlimit(RLIMIT_FSIZE, &fsize) != 0) ::_exit(10);
        auto box = outbox::Outbox::open(options);
        if (!box) ::_exit(11);
        const auto result = (*box)->submit(makeFiling(makeCitizen(), 1, 512 * 1024));
        if (result) ::_exit(12);
        ::_exit(result.error().code == "outbox.io" || result.error().code == "outbox.disk_full" ? 0 : 13);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    CHECK((*box)->checkIntegrity().ok());
    checkOnlyWholeFilings(options.databasePath, 3, 2);
}

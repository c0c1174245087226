#pragma once
// The steps every kind of outbox job (a filing, a supplement, a help call) goes through with
// the delivery agent: a lease on the earliest due pending row, an attempt counted with the next
// time it is due, and an end (delivered, failed, stale). Each job table has the same columns
// for these: status, attempts, next_attempt_at, lease_until, last_error, and its client id.
// Every step runs in the caller's transaction, where the kind's own checks and reads go too.
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/base/result.hpp"
#include "storage.hpp"

namespace kiosk::outbox {

struct JobTable {
    const char* table;
    const char* clientIdColumn;
    // What else a pending row needs before it can be sent, as SQL on the row; empty: nothing.
    const char* readyWhen;
};

inline constexpr JobTable kFilingJobs{"filing", "client_filing_id", ""};
// A supplement waits until the portal knows its filing: delivered, with the portal's id in the
// status cache.
inline constexpr JobTable kSupplementJobs{
    "supplement", "client_supplement_id",
    "EXISTS (SELECT 1 FROM filing f JOIN filing_status st ON st.filing_id = f.id"
    " WHERE f.id = supplement.filing_id AND f.status = 'delivered' AND st.portal_filing_id IS NOT NULL)"};
inline constexpr JobTable kHelpCallJobs{"help_call", "client_call_id", ""};
inline constexpr const JobTable* kAllJobTables[] = {&kFilingJobs, &kSupplementJobs, &kHelpCallJobs};

// Leases the ready pending job due first at `now` (oldest first among equals) until
// `leaseUntil`; its row id, or none when nothing is due.
Result<std::optional<std::int64_t>> leaseNextDue(Database& db, const JobTable& jobs, std::int64_t now,
                                                 std::int64_t leaseUntil);

// Leases the next due job as leaseNextDue does and reads it, in one transaction: `select` reads
// one row by its id (?1), and `read` makes the kind's claimed job from that row.
template <class Job, class Read>
Result<std::optional<Job>> claimNextDue(Database& db, const JobTable& jobs, std::int64_t now, std::int64_t leaseUntil,
                                        const char* select, Read read) {
    auto tx = Transaction::begin(db, "claim");
    if (!tx) return tx.error();
    auto leased = leaseNextDue(db, jobs, now, leaseUntil);
    if (!leased) return leased.error();
    std::optional<Job> claimed;
    if (*leased) {
        auto row = db.prepare(select, "claim");
        if (!row) return row.error();
        row->bind(1, **leased);
        auto got = row->step();
        if (!got) return got.error();
        if (*got) claimed = read(*row);
    }
    if (auto ok = tx->commit(); !ok) return ok.error();
    return claimed;
}

// Counts a failed attempt of the pending job `clientId` (code `errorCode`, already checked) and
// makes it due again at `nextAttemptAt`: the attempts so far, or none when no pending job has
// that id.
Result<std::optional<int>> countAttempt(Database& db, const JobTable& jobs, const std::string& clientId,
                                        std::int64_t nextAttemptAt, const std::string& errorCode);

// Ends the pending job `clientId` as `status` ("failed", "stale") with `errorCode`: false when
// no pending job had that id (the caller says whether that is an error).
Result<bool> endPending(Database& db, const JobTable& jobs, const std::string& clientId, const char* status,
                        const std::string& errorCode);

// Every lease given up: after a crash no job stays taken by an agent that is gone.
Result<void> releaseLeases(Database& db);

}  // namespace kiosk::outbox

#pragma once
// The commands kiosk-admin dispatches to; each prints its result and returns an exit status.
#include <iosfwd>
#include <optional>
#include <string>

#include "kiosk/admin/cli.hpp"
#include "kiosk/config/config.hpp"

namespace kiosk::admin {

// "outbox status": {"pending", "delivered", "failed", "db"} as JSON.
int outboxStatus(const Invocation& inv, std::ostream& out, std::ostream& err);
// "outbox list [--limit N]": summaries, newest first, as a JSON array (no personal data).
int outboxList(const Invocation& inv, std::ostream& out, std::ostream& err);
// "vietqr --bin B --account A --amount N --reference TEXT": the payload and its reading.
int vietqr(const Invocation& inv, std::ostream& out, std::ostream& err);

// "enroll ENROLL_DIR": installs kiosk-portal's enroll/<kiosk-id>/ folder as <config>/enrollment.
int enroll(const Invocation& inv, std::ostream& out, std::ostream& err);
// "example-filing SERVICE [--seed N]": a valid synthetic filing as JSON.
int exampleFilingCommand(const Invocation& inv, std::ostream& out, std::ostream& err);
// "enqueue FILE.json": checks the filing as the kiosk does and submits it; prints the reference.
int enqueueCommand(const Invocation& inv, std::ostream& out, std::ostream& err);

// "receipt REF --out FILE.pdf | --print QUEUE": the receipt the kiosk kept (no printer printed
// it), written to a new 0600 file and/or printed through CUPS; "supplement-receipt REF ..." the
// same for the latest kept receipt of a supplement to the filing REF.
int receiptCommand(const Invocation& inv, std::ostream& out, std::ostream& err);

// "staff add ID [--stdin]": reads the new member's PIN twice from `in` (a terminal, echo off; a
// pipe only with --stdin), 6 to 12 digits, and keeps its hash with the kiosk's data; an audit entry.
int staffAdd(const Invocation& inv, std::istream& in, std::ostream& out, std::ostream& err);
// "staff remove ID": an audit entry too.
int staffRemove(const Invocation& inv, std::ostream& out, std::ostream& err);
// "staff list": [{operator_id, added_at}] as JSON (no PIN hashes).
int staffList(const Invocation& inv, std::ostream& out, std::ostream& err);

// "audit verify": recomputes the audit log's hash chain; prints {intact, entries, head} as JSON
// and, when it is broken, the first entry that does not fit (exit 1).
int auditVerify(const Invocation& inv, std::ostream& out, std::ostream& err);
// "audit show [--since YYYY-MM-DD | YYYY-MM-DDTHH:MM:SSZ]": the entries as a JSON array.
int auditShow(const Invocation& inv, std::ostream& out, std::ostream& err);

// The config named by --config; on errors prints every one and returns nullopt.
std::optional<config::Config> loadConfigFor(const Invocation& inv, std::ostream& err);

// Prints `error` as "kiosk-admin: <message> [<code>]" and returns 1.
int fail(std::ostream& err, const Error& error);

}  // namespace kiosk::admin

#pragma once
// The commands kiosk-admin dispatches to; each prints its result and returns an exit status.
#include <iosfwd>

#include "admin/cli.hpp"

namespace kiosk::admin {

// "outbox status": {"pending", "delivered", "failed", "db"} as JSON.
int outboxStatus(const Invocation& inv, std::ostream& out, std::ostream& err);
// "outbox list [--limit N]": summaries, newest first, as a JSON array (no personal data).
int outboxList(const Invocation& inv, std::ostream& out, std::ostream& err);
// "vietqr --bin B --account A --amount N --reference TEXT": the payload and its reading.
int vietqr(const Invocation& inv, std::ostream& out, std::ostream& err);

// Prints `error` as "kiosk-admin: <message> [<code>]" and returns 1.
int fail(std::ostream& err, const Error& error);

}  // namespace kiosk::admin

#pragma once
// How every user of the outbox database opens it (the Outbox, the audit log, the staff list):
// a private data folder, a 0600 file, WAL, synchronous=FULL, busy_timeout, foreign keys,
// secure_delete, the storage quota, and the schema brought up to date.
#include "kiosk/base/result.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "storage.hpp"

namespace kiosk::outbox {

// outbox.missing when `options.create` is false and the file is not there.
Result<Database> openOutboxDatabase(const OutboxOptions& options);

// `options.clock`, or the system clock when it has none.
Seconds nowOf(const OutboxOptions& options);

}  // namespace kiosk::outbox

#pragma once
// Running kiosk-portal: PKI and enrollment on first start, then the mutual-TLS server until
// SIGINT/SIGTERM; and the --export listing.
#include <iosfwd>

#include "reference_portal/options.hpp"

namespace kiosk::reference_portal {

// Serves until stopped by a signal; returns the process exit status. Messages go to `err`.
int runPortal(const Options& options, std::ostream& out, std::ostream& err);

// Prints every filing in `options.dataDir` as one JSON line (docs/portal-api.md §3).
int runExport(const Options& options, std::ostream& out, std::ostream& err);

// Revokes every certificate of `options.revokeId` (docs/portal-api.md §2.1).
int runRevoke(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace kiosk::reference_portal

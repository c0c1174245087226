#pragma once
// The one-shot commands (--export, --revoke) work on the database a portal left in its data
// folder; they never create one.
#include <functional>
#include <iosfwd>

#include "reference_portal/options.hpp"
#include "store.hpp"

namespace kiosk::reference_portal {

// Runs `work` on `options.dataDir`/portal.db and returns its exit status. A missing database,
// or a database error (`failure` says what was being done), is told on `err` and returns 1.
int withStoredPortal(const Options& options, std::ostream& err, const char* failure,
                     const std::function<int(Store&)>& work);

}  // namespace kiosk::reference_portal

#pragma once
// The portal's staff work queue (GET /filings, docs/portal-api.md §4.10) read defensively: a
// reply from outside, so a member of the wrong type, a bad time or an unknown status code is an
// error naming the member (never its value), unknown members are ignored, and nothing crashes.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/desk/filing_record.hpp"

namespace kiosk::desk {

struct QueuePage {
    std::vector<FilingRecord> filings;
    std::string nextCursor;
};

// Error code desk.bad_reply; `where` is the JSON pointer of the first bad member.
Result<QueuePage> parseQueuePage(std::string_view body);

}  // namespace kiosk::desk

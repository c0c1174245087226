#pragma once
// "Lấy số thứ tự": a numbered ticket for one of the desk's service groups (kiosk.toml [queue]).
// The number comes from the portal, so every kiosk of the commune draws from one sequence; when
// the portal cannot be reached in a few seconds the kiosk numbers the ticket itself under its own
// prefix and the ticket says so. programs/kiosk wires the port; the UI calls it on a worker.
#include <optional>
#include <string>

#include "kiosk/base/result.hpp"

namespace kiosk::core {

struct QueueTicket {
    std::string group;           // the kiosk.toml [queue] group id, e.g. "ho-tich"
    std::string number;          // "17" from the portal; "K01-007" when the kiosk numbered it
    std::string time;            // when it was issued, local time "09:15"
    std::string date;            // "22/11/2025"
    std::optional<int> waiting;  // tickets before it not yet called; unknown for a local number
    bool local = false;          // numbered by this kiosk: the portal was not reached
};

struct QueueTicketRequest {
    std::string group;
    std::string localPrefix;  // kiosk.toml [queue] local_prefix
};

class QueueTicketSource {
public:
    virtual ~QueueTicketSource() = default;
    // The next ticket of `request.group`: the portal's number, else a local one. Blocks for as
    // long as the portal is given (a few seconds): called on a worker, never on the UI thread.
    // An error only when not even a local number could be kept (the data folder is unwritable).
    virtual Result<QueueTicket> take(const QueueTicketRequest& request) = 0;
};

}  // namespace kiosk::core

#pragma once
// Every request's way through kiosk-portal: route, client certificate, injected faults, body
// limit, Ed25519 signature, idempotency, then the handler inside one transaction.
#include <httplib.h>

#include "routes.hpp"

namespace kiosk::reference_portal {

void dispatch(PortalContext& ctx, const httplib::Request& req, httplib::Response& res);

// Whether a request's body is refused without being read: its declared length is over its
// route's limit, or it is chunked (its length unknown). Its connection must close after the
// reply, or the unread body would be taken for the next request.
bool bodyRefusedUnread(const httplib::Request& req);

// Runs after the headers and before the body is read: answers 413 when bodyRefusedUnread.
// Returns true when it answered.
bool refuseBeforeBody(const httplib::Request& req, httplib::Response& res);

}  // namespace kiosk::reference_portal

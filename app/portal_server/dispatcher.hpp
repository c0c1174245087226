#pragma once
// Every request's way through kiosk-portal: route, client certificate, injected faults, body
// limit, Ed25519 signature, idempotency, then the handler inside one transaction.
#include <httplib.h>

#include "portal_server/routes.hpp"

namespace kiosk::portal_server {

void dispatch(PortalContext& ctx, const httplib::Request& req, httplib::Response& res);

// Runs after the headers and before the body is read: a declared length over the route's limit
// (or a chunked body, whose length is unknown) is answered 413 without reading the body, and
// the connection is closed. Returns true when it answered.
bool refuseBeforeBody(const httplib::Request& req, httplib::Response& res);

}  // namespace kiosk::portal_server

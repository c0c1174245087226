// Fuzz target: a portal reply as kiosk-sync reads it. The first byte picks the status, the
// second the content type; the rest is the body, given to every reply reader. Invariant:
// nothing crashes or throws, whatever the body (deep JSON, wrong types, invalid UTF-8).
#include <array>
#include <cstdint>
#include <string>

#include "kiosk/portal_client/replies.hpp"
#include "kiosk/portal_client/reply_failure.hpp"

using namespace kiosk::portal_client;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    static constexpr std::array<long, 12> kStatus{200, 201, 202, 204, 302, 400, 401, 404, 409, 413, 500, 503};
    static constexpr std::array<const char*, 4> kType{"application/json", "application/problem+json",
                                                      "text/html", "application/json; charset=utf-8"};
    HttpResponse reply;
    reply.status = kStatus[data[0] % kStatus.size()];
    reply.headers["content-type"] = kType[data[1] % kType.size()];
    reply.headers["retry-after"] = std::to_string(data[0]);
    reply.body.assign(reinterpret_cast<const char*>(data) + 2, size - 2);
    const Clock now{std::chrono::seconds(1763778000)};
    const std::string id = "6f1c2a4e-0b7d-4c1e-9a51-1d2f3e4a5b6c";
    const std::vector<std::string> manifest{std::string(64, 'a')};
    (void)readPreflight(reply, now);
    (void)readCreated(reply, id, manifest, now);
    (void)readDocumentStored(reply, manifest[0], now);
    (void)readAcknowledgement(reply, id, "f-1", now);
    (void)readChanges(reply, now);
    (void)readHeartbeat(reply, now);
    (void)readPaymentIntent(reply, now);
    (void)readPaymentStatus(reply, now);
    (void)failureFromReply(reply, now);
    return 0;
}

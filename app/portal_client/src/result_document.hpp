#pragma once
// The portal's electronic result as the kiosk reads it (docs/portal-api.md §4.7, §4.16): which
// document a return_result names in the status feed, the document itself, and the hand-over's
// answer.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kiosk/portal_client/http.hpp"

namespace kiosk::portal_client {

// The feed change's `result_delivery` and the SHA-256 (lower-case hex) of each returned
// document, in the order named, each once (none when the change names none), or nullopt when
// either member is malformed.
struct ChangeResult {
    std::string delivery;
    std::vector<std::string> digests;
};
std::optional<ChangeResult> changeResultOf(const nlohmann::json& change);

// The PDF of a 200 whose bytes hash to `sha256`; a mismatch is portal.result_mismatch (not
// retryable: the same bytes would come again).
PortalResult<std::string> readResultDocument(HttpResponse& reply, const std::string& sha256,
                                             std::chrono::sys_seconds now);

// 201 (recorded now) or 200 (recorded before, maybe by another kiosk): either way handed over.
PortalResult<void> readHandover(const HttpResponse& reply, const std::string& sha256, std::chrono::sys_seconds now);

}  // namespace kiosk::portal_client

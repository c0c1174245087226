#pragma once
// The kiosk's own portal client (queue numbers, result documents), from the enrollment that
// `kiosk-admin enroll` installed; kiosk-sync has its own. Each user gets its own client, used
// from its own worker thread only.
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "kiosk/base/result.hpp"
#include "kiosk/portal_client/portal_client.hpp"

namespace kiosk {

// A client for the enrollment in `configDir`/enrollment whose every call ends within `budget`;
// `kioskId` gets the enrolled id. Errors: kiosk.not_enrolled (no enrollment folder), else the
// enrollment's or the client's own (no secret in them).
Result<std::unique_ptr<portal_client::PortalClient>> openEnrolledPortal(const std::filesystem::path& configDir,
                                                                        std::chrono::seconds budget,
                                                                        std::string& kioskId);

}  // namespace kiosk

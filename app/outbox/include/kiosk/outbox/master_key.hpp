#pragma once
// The kiosk master key (KEK) that wraps every filing's data key: 32 random bytes in a file that
// only the kiosk's user may read (portal-integration.md §6.2, the baseline option).
#include <filesystem>

#include "kiosk/base/result.hpp"
#include "kiosk/outbox/crypto.hpp"

namespace kiosk::outbox {

// Reads the key at `path`, creating it (mode 0600, fsynced) when it does not exist. Refuses a file
// that group or others may access, or that is not exactly 32 bytes, with a message saying how to
// fix it. Safe when two processes (kiosk and kiosk-sync) start at once: both get the same key.
Result<SecretKey> loadOrCreateMasterKey(const std::filesystem::path& path);

}  // namespace kiosk::outbox

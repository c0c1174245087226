#pragma once
// Where a verifier remembers the nonces it has accepted, so a captured request cannot be replayed
// while its `created` time is still fresh. The portal keeps them in SQLite; tests use memory.
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace kiosk::signing {

class NonceCache {
public:
    virtual ~NonceCache() = default;
    // Records (keyId, nonce) until `keepUntil`. Returns false, recording nothing, when the pair is
    // already recorded and not yet past its keepUntil at `now`. Entries past keepUntil may be pruned.
    virtual bool remember(std::string_view keyId, std::string_view nonce,
                          std::chrono::sys_seconds keepUntil, std::chrono::sys_seconds now) = 0;
};

// A process-local cache; thread-safe.
class MemoryNonceCache final : public NonceCache {
public:
    bool remember(std::string_view keyId, std::string_view nonce,
                  std::chrono::sys_seconds keepUntil, std::chrono::sys_seconds now) override;
    // How many entries are held (for tests of pruning).
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, std::chrono::sys_seconds> m_seen;
};

}  // namespace kiosk::signing

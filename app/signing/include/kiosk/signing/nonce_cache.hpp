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

// What a nonce was, seen again: new, the same signed request sent again (libcurl re-sends a
// request whose kept-alive connection died, byte for byte), or another request reusing it.
enum class NonceUse { First, SameRequest, Reused };

class NonceCache {
public:
    virtual ~NonceCache() = default;
    // Records (keyId, nonce) with the request's signature until `keepUntil`. When the pair is
    // already recorded and not yet past its keepUntil at `now`, records nothing and says whether
    // `signature` is the one recorded with it. Entries past keepUntil may be pruned.
    virtual NonceUse remember(std::string_view keyId, std::string_view nonce, std::string_view signature,
                              std::chrono::sys_seconds keepUntil, std::chrono::sys_seconds now) = 0;
};

// A process-local cache; thread-safe.
class MemoryNonceCache final : public NonceCache {
public:
    NonceUse remember(std::string_view keyId, std::string_view nonce, std::string_view signature,
                      std::chrono::sys_seconds keepUntil, std::chrono::sys_seconds now) override;
    // How many entries are held (for tests of pruning).
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    struct Seen {
        std::chrono::sys_seconds keepUntil;
        std::string signature;
    };
    std::map<std::pair<std::string, std::string>, Seen> m_seen;
};

}  // namespace kiosk::signing

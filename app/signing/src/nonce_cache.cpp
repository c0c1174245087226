#include "kiosk/signing/nonce_cache.hpp"

namespace kiosk::signing {

NonceUse MemoryNonceCache::remember(std::string_view keyId, std::string_view nonce,
                                    std::string_view signature, std::chrono::sys_seconds keepUntil,
                                    std::chrono::sys_seconds now) {
    std::lock_guard lock(m_mutex);
    std::erase_if(m_seen, [now](const auto& entry) { return entry.second.keepUntil < now; });
    auto [it, inserted] = m_seen.try_emplace({std::string(keyId), std::string(nonce)},
                                             Seen{keepUntil, std::string(signature)});
    if (inserted) return NonceUse::First;
    return it->second.signature == signature ? NonceUse::SameRequest : NonceUse::Reused;
}

std::size_t MemoryNonceCache::size() const {
    std::lock_guard lock(m_mutex);
    return m_seen.size();
}

}  // namespace kiosk::signing

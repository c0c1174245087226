#pragma once
// How one filing is encrypted: a fresh data key seals the manifest (part 0) and each attachment
// (part n); the master key wraps the data key. The AAD of every object is
// "<client_filing_id>/part/<n>" or "<client_filing_id>/key", so no ciphertext can be moved to
// another filing or another position without failing authentication.
#include <span>
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/outbox/crypto.hpp"

namespace kiosk::outbox {

struct OpenedFiling;

struct SealedFiling {
    Sealed wrappedKey;
    std::vector<Sealed> parts;  // parts[0] is the manifest, parts[n] attachment n
};

// Encrypts `filing` under a new data key, which is zeroised before returning.
Result<SealedFiling> sealFiling(const SecretKey& masterKey, const std::string& clientFilingId,
                                const core::Filing& filing);

// Unwraps the data key and decrypts every part into `out.filing` and `out.attachmentSha256`.
Result<void> openFiling(const SecretKey& masterKey, const std::string& clientFilingId, const SealedFiling& sealed,
                        OpenedFiling& out);

// Seals `bytes` under the filing's own data key (unwrapped from `wrappedKey`), with the AAD
// "<client_filing_id>/<name>": an extra object of the filing (the kept receipt) that
// crypto-shredding the filing makes unreadable with everything else.
Result<Sealed> sealUnderFilingKey(const SecretKey& masterKey, const std::string& clientFilingId,
                                  const Sealed& wrappedKey, std::span<const unsigned char> bytes, const std::string& name);
// Opens what sealUnderFilingKey sealed; the caller wipes the plaintext.
Result<std::vector<unsigned char>> openUnderFilingKey(const SecretKey& masterKey, const std::string& clientFilingId,
                                                      const Sealed& wrappedKey, const Sealed& sealed,
                                                      const std::string& name);

}  // namespace kiosk::outbox

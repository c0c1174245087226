#pragma once
// Short texts the status cache keeps sealed under the master key (AES-256-GCM): staff notes and
// the filing's look-up code. Each is three columns, (iv, ciphertext, tag), at index, index + 1,
// index + 2; the AAD names the filing and the text, so a sealed value cannot be moved to another.
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"
#include "kiosk/outbox/crypto.hpp"
#include "storage.hpp"

namespace kiosk::outbox {

// Binds `text` sealed; an empty text is three NULLs.
Result<void> bindSealedText(Statement& stmt, int index, const SecretKey& key, std::string_view text,
                            const std::string& aad);

// The text read back; one that does not open (another master key) is empty rather than
// blocking the whole status view.
std::string readSealedText(const Statement& stmt, int index, const SecretKey& key, const std::string& aad);

}  // namespace kiosk::outbox

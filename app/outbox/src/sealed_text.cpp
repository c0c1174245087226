#include "sealed_text.hpp"

#include <span>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::outbox {

Result<void> bindSealedText(Statement& stmt, int index, const SecretKey& key, std::string_view text,
                            const std::string& aad) {
    if (text.empty()) {
        for (int i = 0; i < 3; ++i) stmt.bindNull(index + i);
        return {};
    }
    const std::span<const unsigned char> bytes(reinterpret_cast<const unsigned char*>(text.data()), text.size());
    auto sealed = seal(key, bytes, aad);
    if (!sealed) return sealed.error();
    stmt.bindBlob(index, sealed->iv);
    stmt.bindBlob(index + 1, sealed->ciphertext);
    stmt.bindBlob(index + 2, sealed->tag);
    return {};
}

std::string readSealedText(const Statement& stmt, int index, const SecretKey& key, const std::string& aad) {
    if (stmt.columnIsNull(index + 1)) return {};
    Sealed sealed{stmt.columnBlob(index), stmt.columnBlob(index + 1), stmt.columnBlob(index + 2)};
    auto plain = unseal(key, sealed, aad);
    if (!plain) return {};
    std::string text(plain->begin(), plain->end());
    secureWipe(*plain);
    return text;
}

}  // namespace kiosk::outbox

#include "envelope.hpp"

#include <span>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "kiosk/signing/digest.hpp"
#include "manifest.hpp"

namespace kiosk::outbox {
namespace {

std::string partAad(const std::string& id, std::size_t number) { return id + "/part/" + std::to_string(number); }
std::string keyAad(const std::string& id) { return id + "/key"; }

std::span<const unsigned char> bytesOf(const std::string& s) {
    return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

Error inconsistent() {
    return Error{"outbox.tampered",
                 "Dữ liệu hồ sơ đã bị thay đổi hoặc thiếu phần; không đọc được. (Filing data is altered or incomplete.)",
                 "parts"};
}

// The filing's data key, unwrapped by the master key.
Result<SecretKey> unwrapDataKey(const SecretKey& masterKey, const std::string& clientFilingId, const Sealed& wrappedKey) {
    auto keyBytes = unseal(masterKey, wrappedKey, keyAad(clientFilingId));
    if (!keyBytes) return keyBytes.error();
    if (keyBytes->size() != kKeyBytes) {
        secureWipe(*keyBytes);
        return inconsistent();
    }
    SecretKey dataKey = SecretKey::fromBytes(std::span<const unsigned char, kKeyBytes>(keyBytes->data(), kKeyBytes));
    secureWipe(*keyBytes);
    return dataKey;
}

}  // namespace

Result<SealedFiling> sealFiling(const SecretKey& masterKey, const std::string& clientFilingId,
                                const core::Filing& filing) {
    auto dataKey = SecretKey::random();
    if (!dataKey) return dataKey.error();
    std::vector<AttachmentInfo> infos;
    for (const auto& a : filing.attachments)
        infos.push_back({a.name, a.mediaType, a.bytes.size(), signing::sha256Hex(a.bytes), a.slotId, a.pages});

    SealedFiling out;
    std::string manifest = encodeManifest(filing, infos);
    auto sealedManifest = seal(*dataKey, bytesOf(manifest), partAad(clientFilingId, 0));
    secureWipe(manifest);
    if (!sealedManifest) return sealedManifest.error();
    out.parts.push_back(std::move(*sealedManifest));
    for (std::size_t i = 0; i < filing.attachments.size(); ++i) {
        auto part = seal(*dataKey, filing.attachments[i].bytes, partAad(clientFilingId, i + 1));
        if (!part) return part.error();
        out.parts.push_back(std::move(*part));
    }
    auto wrapped = seal(masterKey, dataKey->bytes(), keyAad(clientFilingId));
    if (!wrapped) return wrapped.error();
    out.wrappedKey = std::move(*wrapped);
    return out;
}

Result<void> openFiling(const SecretKey& masterKey, const std::string& clientFilingId, const SealedFiling& sealed,
                        OpenedFiling& out) {
    auto unwrapped = unwrapDataKey(masterKey, clientFilingId, sealed.wrappedKey);
    if (!unwrapped) return unwrapped.error();
    const SecretKey dataKey = std::move(*unwrapped);
    if (sealed.parts.empty()) return inconsistent();

    auto manifest = unseal(dataKey, sealed.parts[0], partAad(clientFilingId, 0));
    if (!manifest) return manifest.error();
    std::vector<AttachmentInfo> infos;
    auto decoded = decodeManifest(*manifest, out.filing, infos);
    secureWipe(*manifest);
    if (!decoded) return decoded.error();
    if (infos.size() + 1 != sealed.parts.size()) return inconsistent();

    for (std::size_t i = 0; i < infos.size(); ++i) {
        auto bytes = unseal(dataKey, sealed.parts[i + 1], partAad(clientFilingId, i + 1));
        if (!bytes) return bytes.error();
        out.filing.attachments.push_back(
            {infos[i].name, infos[i].mediaType, std::move(*bytes), infos[i].slotId, infos[i].pages});
        out.attachmentSha256.push_back(infos[i].sha256);
    }
    return {};
}

Result<Sealed> sealUnderFilingKey(const SecretKey& masterKey, const std::string& clientFilingId,
                                  const Sealed& wrappedKey, std::span<const unsigned char> bytes, const std::string& name) {
    auto dataKey = unwrapDataKey(masterKey, clientFilingId, wrappedKey);
    if (!dataKey) return dataKey.error();
    return seal(*dataKey, bytes, clientFilingId + "/" + name);
}

Result<std::vector<unsigned char>> openUnderFilingKey(const SecretKey& masterKey, const std::string& clientFilingId,
                                                      const Sealed& wrappedKey, const Sealed& sealed,
                                                      const std::string& name) {
    auto dataKey = unwrapDataKey(masterKey, clientFilingId, wrappedKey);
    if (!dataKey) return dataKey.error();
    return unseal(*dataKey, sealed, clientFilingId + "/" + name);
}

}  // namespace kiosk::outbox

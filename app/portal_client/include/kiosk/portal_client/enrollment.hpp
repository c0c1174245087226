#pragma once
// The kiosk's enrollment with the portal: the folder `<config>/enrollment/`, holding exactly the
// files kiosk-portal writes into DIR/enroll/<kiosk-id>/ (docs/portal-api.md §3), copied as they
// are. `readEnrollment` checks it as a whole, so `kiosk-admin enroll` can refuse a bad folder
// before it replaces a good one, and kiosk-sync fails at start with a message staff can act on.
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::portal_client {

struct Enrollment {
    std::filesystem::path directory;
    std::string kioskId;     // the client certificate's CN and the signature keyid
    std::string portalUrl;   // "https://host:port/api/v1", no trailing slash
    std::string agencyCode;  // the agency part of every mã hồ sơ, e.g. "000.00.00.H66"
    // Absolute paths of the files enrollment.toml names.
    std::filesystem::path caCert;                  // ca.pem: the only CA trusted for the portal
    std::filesystem::path clientCert;              // client.pem
    std::filesystem::path clientKey;               // client.key (0600)
    std::filesystem::path signingKey;              // signing.key, Ed25519 PKCS#8 (0600)
    std::filesystem::path signingPublicKey;        // signing.pub
    std::filesystem::path portalSigningPublicKey;  // portal-signing.pub: verifies acknowledgements
};

// `configDir`/enrollment
std::filesystem::path enrollmentDirectory(const std::filesystem::path& configDir);

// The file names kiosk-portal writes into an enrollment folder, enrollment.toml first.
const std::vector<std::string>& enrollmentFileNames();

// Reads and checks `directory`/enrollment.toml and the files it names:
// - kiosk_id (1-64 of A-Z a-z 0-9 . _ -), portal_url (https://), agency_code present;
// - every named file is a plain name inside the folder, present and readable;
// - client.key and signing.key give nothing to group or others;
// - the client certificate was issued by ca.pem to CN = kiosk_id, is currently valid, and
//   matches client.key; signing.key is Ed25519 and matches signing.pub; portal-signing.pub
//   is an Ed25519 public key.
// Error codes: enrollment.missing, enrollment.syntax, enrollment.field, enrollment.file,
// enrollment.permissions, enrollment.certificate, enrollment.key_mismatch. Messages are
// Vietnamese first, English after; `where` names the file or field, never a key's content.
Result<Enrollment> readEnrollment(const std::filesystem::path& directory);

}  // namespace kiosk::portal_client

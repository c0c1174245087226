#pragma once
// The development PKI kiosk-portal creates in an empty data folder (docs/portal-api.md §3):
// a CA, the server certificate, the portal's receipt key, and one folder per kiosk or operator
// holding what that client needs. Existing files are reused, never replaced.
#include <filesystem>
#include <string>

#include "kiosk/base/result.hpp"

typedef struct x509_st X509;

namespace kiosk::reference_portal {

struct EnrolledClient {
    std::string id;
    std::string fingerprint;    // SHA-256 of the certificate's DER, lower-case hex
    std::string signingKeyPem;  // the Ed25519 public key the client signs its writes with
};

// Lower-case hex SHA-256 of a certificate's DER bytes; empty when there is none.
std::string certificateFingerprint(const X509* cert);

// 1-64 of A-Z a-z 0-9 . _ -, not starting with '.': safe as a folder name and a CN.
bool isClientId(const std::string& id);

// CA, server certificate (localhost, 127.0.0.1, ::1) and portal signing key in `dataDir`.
Result<void> ensurePortalPki(const std::filesystem::path& dataDir);

// `dataDir`/enroll/<kioskId>/ with the client certificate and the Ed25519 key pair.
Result<EnrolledClient> ensureKioskEnrollment(const std::filesystem::path& dataDir,
                                             const std::string& kioskId);

// `dataDir`/staff/<operatorId>/ with a staff client certificate and the Ed25519 key pair.
Result<EnrolledClient> ensureStaffEnrollment(const std::filesystem::path& dataDir,
                                             const std::string& operatorId);

// (Re)writes enroll/<kioskId>/enrollment.toml with the URL the portal listens on now.
Result<void> writeEnrollmentToml(const std::filesystem::path& dataDir, const std::string& kioskId,
                                 const std::string& portalUrl, const std::string& agencyCode);

// Writes `text` to `path` atomically (temp file, fsync, rename) with the given mode.
Result<void> writeFileAtomically(const std::filesystem::path& path, const std::string& text, unsigned mode);

}  // namespace kiosk::reference_portal

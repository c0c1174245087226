#pragma once
// A tiny libcurl client for the portal tests: one fresh mutual-TLS connection per request, so an
// injected fault on one request cannot leak into the next.
#include <curl/curl.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace kiosk::test {

struct TlsIdentity {
    std::filesystem::path caCert;      // the CA to trust
    std::filesystem::path clientCert;  // empty: present no client certificate
    std::filesystem::path clientKey;

    // The files of a portal enrollment folder (enroll/<id>/ or staff/<id>/).
    static TlsIdentity fromFolder(const std::filesystem::path& folder);
};

struct Reply {
    CURLcode curl = CURLE_OK;
    long status = 0;                             // 0 when no response arrived
    std::map<std::string, std::string> headers;  // lower-case names
    std::string body;

    bool answered() const { return curl == CURLE_OK && status > 0; }
    // The body as JSON (null when it is not JSON).
    nlohmann::json json() const;
    std::string header(const std::string& lowerName) const;
};

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// Sends one request; `timeoutMs` 0 means no total timeout.
Reply httpsRequest(const TlsIdentity& identity, const std::string& method, const std::string& url,
                   const std::string& body = {}, const HeaderList& headers = {}, long timeoutMs = 0);

}  // namespace kiosk::test

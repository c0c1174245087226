#pragma once
// SHA-256 and the RFC 9530 Content-Digest field that binds a body to its signature.
#include <span>
#include <string>
#include <string_view>

namespace kiosk::signing {

// The 32 raw bytes of SHA-256(bytes).
std::string sha256(std::string_view bytes);

// SHA-256(bytes) as 64 lower-case hex digits: the one way the kiosk and the portal write a
// document's or a certificate's digest.
std::string sha256Hex(std::string_view bytes);
std::string sha256Hex(std::span<const unsigned char> bytes);

// True for 64 hex digits, either case: what a SHA-256 from elsewhere may look like.
bool isSha256Hex(std::string_view text);

// The Content-Digest value for `body`: "sha-256=:<base64>:".
std::string contentDigest(std::string_view body);

// True when `header` (a Content-Digest dictionary) has a sha-256 member equal to SHA-256(body).
// Other algorithms in the field are ignored; a field without sha-256 does not match.
bool contentDigestMatches(std::string_view header, std::string_view body);

}  // namespace kiosk::signing

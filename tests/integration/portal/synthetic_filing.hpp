#pragma once
// Synthetic filings for the portal tests: made-up Vietnamese names, ID numbers and scan bytes
// generated from a seed, never real people's data.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kiosk_client.hpp"

namespace kiosk::test {

struct SyntheticDocument {
    std::string name;
    std::string mediaType;
    std::string bytes;
    std::string sha256;  // lower-case hex
};

struct SyntheticFiling {
    std::string clientFilingId;  // a UUIDv4, also the create request's Idempotency-Key
    nlohmann::json body;         // the create request
    std::vector<SyntheticDocument> documents;

    std::string text() const { return body.dump(); }
};

// A filing with `documents` attachments and a fee of `feeVnd`, all derived from `seed`.
SyntheticFiling makeFiling(std::uint64_t seed, int documents = 2, std::int64_t feeVnd = 8000);

struct Delivered {
    std::string filingId;
    std::string maHoSo;
    Reply receipt;
    std::string lookupCode;  // from the signed acknowledgement: the proof of ownership for reads

    // The header a kiosk sends with a read to prove the citizen owns the filing (§4.6).
    HeaderList proof() const { return {{"Lookup-Code", lookupCode}}; }
};

// Create, upload every document, submit; CHECKs every step's status.
Delivered deliverFiling(const KioskClient& kiosk, const SyntheticFiling& filing);

}  // namespace kiosk::test

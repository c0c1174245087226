#pragma once
// Combines what the QR code, the MRZ and the printed text said into one Identity. Sources are
// cross-checked field by field; an identity whose core fields (ID number, date of birth, sex)
// disagree between trustworthy sources, or with the ID number's own digits, is refused.
#include <optional>

#include "scanners/identity.hpp"
#include "scanners/mrz.hpp"
#include "scanners/printed_text.hpp"
#include "scanners/qr_payload.hpp"
#include "scanners/result.hpp"

namespace scanners {

struct CardReads {
    std::optional<QrPayload> qr;
    std::optional<MrzRecord> mrz;
    std::optional<PrintedCard> printed;
};

// The fused identity, with per-field source and confidence and Vietnamese warnings for
// disagreements that did not decide anything. Error codes: "identity.nothing_read",
// "identity.no_id_number", "identity.bad_id_number", "identity.conflict" (where = the field).
Result<Identity> fuseIdentity(const CardReads& reads);

}  // namespace scanners

#pragma once
// Where a sealed outbox job (a filing, a supplement) keeps its wrapped data key and its encrypted
// parts, and the steps both kinds share: storing them in the caller's transaction, and reading
// them back with the checks that say a job's content is gone, under another master key, or cut.
#include <cstdint>
#include <string>
#include <string_view>

#include "envelope.hpp"
#include "kiosk/base/result.hpp"
#include "storage.hpp"

namespace kiosk::outbox {

struct SealedTables {
    const char* keyTable;     // (<owner>, master_key_id, iv, wrapped, tag), one row per job
    const char* partTable;    // (<owner>, number, iv, ciphertext, tag); 0 is the manifest
    const char* ownerColumn;  // the job's row id in both
    // How people are told which kind of job it is, in the errors below.
    const char* nameVi;       // "hồ sơ", "phần bổ sung"
    const char* nameViFirst;  // the same at the start of a sentence
    const char* nameEn;       // "filing", "supplement"
};

inline constexpr SealedTables kFilingTables{"filing_key", "part", "filing_id", "hồ sơ", "Hồ sơ", "filing"};
inline constexpr SealedTables kSupplementTables{"supplement_key", "supplement_part", "supplement_id",
                                                "phần bổ sung",   "Phần bổ sung",    "supplement"};

// Inserts the wrapped data key and every part of job `owner`, inside the caller's transaction.
Result<void> storeSealed(Database& db, const SealedTables& tables, std::int64_t owner, const std::string& masterKeyId,
                         const SealedFiling& sealed, std::string_view where);

// The wrapped data key and every part of job `owner`, in order. outbox.shredded once the key was
// destroyed, outbox.wrong_master_key when another master key wrapped it, outbox.tampered when a
// part is missing. `jobId` (the client id) names the job in those errors.
Result<SealedFiling> loadSealed(Database& db, const SealedTables& tables, std::int64_t owner,
                                const std::string& masterKeyId, const std::string& jobId, std::string_view where);

// The error codes the delivery agent records are shown to staff; allowing only code characters
// (a-z 0-9 . _ -, at most 64) keeps personal data, such as a name echoed in a portal message,
// out of the database.
bool isErrorCode(const std::string& code);
Error badErrorCode();

}  // namespace kiosk::outbox

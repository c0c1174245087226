#pragma once
// Resolves one check-digit-protected MRZ field (value characters followed by their check
// digit) from what OCR read: the proof step of "correct only what the check digit proves".
#include <string>
#include <string_view>

namespace scanners::mrz {

enum class FieldStatus { Valid, Invalid, Ambiguous };

struct ResolvedField {
    FieldStatus status = FieldStatus::Invalid;
    std::string digits;  // values then check digit; set only when Valid
};

// Tries every digit each character may stand for and accepts the field only if exactly one
// combination satisfies its check digit. `witness`, when given, is as long as `read` and holds,
// per position, the digit another check-digit-proven field says it must be ('?' where it says
// nothing); at most one read character may disagree with the witness.
ResolvedField resolveField(std::string_view read, std::string_view witness = {});

}  // namespace scanners::mrz

#pragma once
// The voting rule fusion applies to each field: the QR code and the MRZ are trustworthy (error
// correction, check digits) and must agree with each other; OCR only fills in when neither
// said anything, and is overruled, with a warning, when it disagrees.
#include <functional>
#include <optional>
#include <vector>

#include "scanners/identity.hpp"

namespace scanners::fusion {

template <typename T>
struct Vote {
    T value{};
    FieldSource source = FieldSource::None;
    float confidence = 0.0f;
};

template <typename T>
struct Decision {
    std::optional<Vote<T>> chosen;
    bool trustedConflict = false;  // two trustworthy sources disagree
    bool ocrOverruled = false;     // OCR disagreed with the trustworthy value
};

// Independent agreeing sources: the chance that all of them are wrong shrinks together.
inline float combined(float a, float b) { return 1.0f - (1.0f - a) * (1.0f - b); }

// `votes` come in order of preference (QR, MRZ, OCR), so the first is the one kept.
template <typename T, typename Same = std::equal_to<T>>
Decision<T> decide(const std::vector<Vote<T>>& votes, Same same = {}) {
    Decision<T> d;
    for (const auto& vote : votes) {
        const bool trusted = vote.source != FieldSource::Ocr;
        if (!d.chosen) {
            d.chosen = vote;
        } else if (same(d.chosen->value, vote.value)) {
            d.chosen->confidence = combined(d.chosen->confidence, vote.confidence);
        } else if (trusted) {
            d.trustedConflict = true;
        } else {
            d.ocrOverruled = true;
        }
    }
    return d;
}

}  // namespace scanners::fusion

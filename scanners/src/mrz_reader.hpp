#pragma once
// Reads the MRZ of a card photo: finds its three lines among the printed-text OCR lines, then
// re-reads that region with the MRZ-only engine (OCR-B alphabet, no dictionaries) in a few
// preparations until the check digits pass or time runs out.
#include <optional>
#include <vector>

#include "deadline.hpp"
#include "ocr_engine.hpp"
#include "scanners/mrz.hpp"

namespace scanners {

struct MrzAttempt {
    std::optional<MrzRecord> record;
    std::optional<Error> error;  // the most telling failure when no record was read
};

MrzAttempt readMrz(OcrEngine& mrzEngine, PIX* straightGrey,
                   const std::vector<OcrTextLine>& printedLines, const Deadline& deadline);

}  // namespace scanners

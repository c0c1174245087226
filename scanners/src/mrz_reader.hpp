#pragma once
// Reads the MRZ of a card photo: finds its three lines among the printed-text OCR lines, then
// re-reads that region with the MRZ-only engine (OCR-B alphabet, no dictionaries) in a few
// preparations until the check digits pass or time runs out.
#include <optional>
#include <string_view>
#include <vector>

#include "deadline.hpp"
#include "ocr_engine.hpp"
#include "scanners/mrz.hpp"

namespace scanners {

struct MrzAttempt {
    std::optional<MrzRecord> record;
    std::optional<Error> error;  // the most telling failure when no record was read
};

// `nameHint`: the full name read elsewhere (the QR), or empty. With it, a read whose name line
// it does not confirm (confirmedNameLine) leads to a few more reads for one it does.
MrzAttempt readMrz(OcrEngine& mrzEngine, PIX* straightGrey,
                   const std::vector<OcrTextLine>& printedLines, const Deadline& deadline,
                   std::string_view nameHint);

}  // namespace scanners

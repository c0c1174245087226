#pragma once
// Reads the machine-readable zone of any document photo (passport page, ID or residence card of
// any country) without reading its printed text first: the zone's two or three long, evenly
// spaced lines of equal width are found by morphology on a working copy, and only that band is
// cut out, scaled to the text height Tesseract reads best (a 7 px high MRZ of a small scan is
// enlarged, the rest of the photo never is) and read with the MRZ-only engine.
#include <functional>
#include <optional>
#include <vector>

#include "deadline.hpp"
#include "mrz_band.hpp"
#include "ocr_engine.hpp"
#include "scanners/travel_document.hpp"

namespace scanners {

struct TravelMrzRead {
    std::optional<TravelDocument> document;  // the read with the most valid check digits
    bool confirmed = false;                  // every line of `document` read alike by two reads of its band
    bool bandFound = false;                  // some band looked like an MRZ (straightened photo)
    bool zoneSeen = false;                   // and a read of it showed the zone's filler runs
    // The deadline stopped the reading before it was done: `document` is what the reads made
    // so far, which a scan with more time may have read otherwise. The reads are bounded by
    // count (bands, preparations), so with time to finish the result does not depend on how
    // busy the machine is; a read Tesseract cut short is dropped, never taken.
    bool timedOut = false;
};

// Straightens `grey` (text lines horizontal), then reads its bands until a zone has every check
// digit holding, a clean name and each line read alike twice, or its reads are used up, or
// time runs out (then `timedOut`).
// `settled`: a zone whose check digits all hold and that the caller proves otherwise (a
// Vietnamese card: its own parser and the QR/printed-text fusion) ends the reading early.
TravelMrzRead readTravelMrz(OcrEngine& mrzEngine, PIX* grey, const Deadline& deadline, int thisYear,
                            const std::function<bool(const TravelDocument&)>& settled);

}  // namespace scanners

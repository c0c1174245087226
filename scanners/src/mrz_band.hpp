#pragma once
// Finds the machine-readable zone of a document photo without reading its text: the zone's two
// or three long, evenly spaced lines of equal width, found by morphology on a working copy.
#include <vector>

#include "scanners/pix.hpp"

namespace scanners {

// A band of MRZ-like lines in the photo's pixels, with the height of one line.
struct MrzBand {
    int left = 0, top = 0, right = 0, bottom = 0;
    int lineHeight = 0;
    int lineCount = 0;
};

// Candidate bands, the most likely first (two or three lines of equal width, lowest first); at
// most a few. Empty when the photo has no such lines.
std::vector<MrzBand> findMrzBands(PIX* grey);

}  // namespace scanners

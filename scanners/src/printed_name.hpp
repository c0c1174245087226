#pragma once
// The printed name with its diacritics when the QR was not read: the MRZ name line (no
// diacritics, no check digit) confirms which printed line is the name.
#include <span>

#include "scanners/mrz.hpp"
#include "scanners/printed_text.hpp"

namespace scanners {

// Keeps `printed.fullName` when the MRZ name line confirms it; otherwise takes a printed line
// the MRZ name line confirms, if there is one. Nothing else is taken on the MRZ's word.
void confirmPrintedName(PrintedCard& printed, std::span<const OcrLine> lines, const MrzRecord& mrz);

}  // namespace scanners

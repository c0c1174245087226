#pragma once
// Where the sheet of paper lies in a photo: it is the largest light region, standing out from a
// darker desk or scanner lid. Works on a reduced copy, so it costs little on a large photo.
#include <optional>

#include "scanners/pix.hpp"

namespace scanners {

struct PaperRegion {
    PixPtr mask;  // 1 bpp, the photo's size: 1 on the paper (text inside it included)
    int x = 0, y = 0, width = 0, height = 0;  // the paper's bounding box in the photo
};

// nullopt when no light region large enough to be a page stands out. A photo with no contrast
// between paper and background (a flatbed scan, paper filling the frame) is all paper.
std::optional<PaperRegion> findPaper(PIX* grey);

}  // namespace scanners

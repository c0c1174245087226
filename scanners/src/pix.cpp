#include "scanners/pix.hpp"

#include "scanners/wipe.hpp"

namespace scanners {

void PixDeleter::operator()(PIX* pix) const {
    if (pix == nullptr) return;
    // A clone shares its pixels with another owner, who wipes them when it lets go.
    if (pixGetRefcount(pix) == 1 && pixGetData(pix) != nullptr) {
        const auto bytes = static_cast<size_t>(pixGetWpl(pix)) * 4u *
                           static_cast<size_t>(pixGetHeight(pix));
        wipeBytes(pixGetData(pix), bytes);
    }
    pixDestroy(&pix);
}

}  // namespace scanners

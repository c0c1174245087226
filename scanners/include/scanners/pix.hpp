#pragma once
// Owning Leptonica images whose pixels are wiped before they are freed: card photos hold
// personal data and must not linger in freed memory (design.md, "privacy").
#include <leptonica/allheaders.h>

#include <memory>

namespace scanners {

struct PixDeleter {
    void operator()(PIX* pix) const;
};

using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Takes ownership of a PIX returned by a Leptonica call (null stays null).
inline PixPtr own(PIX* pix) { return PixPtr(pix); }

}  // namespace scanners

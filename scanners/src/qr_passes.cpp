#include "qr_passes.hpp"

#include <utility>

#include "qr_reader.hpp"

namespace scanners {

// A blurred or small QR often decodes once sharpened, a hand-held phone's one only with a
// stronger mask (one more code in 20 hard photos), or only enlarged as a close-up (4 of the 5
// codes the whole-photo passes missed on 25 hard Căn cước fronts); a photo without a QR costs
// the extra passes (10-40 ms each) only when the earlier ones found nothing. A cheap webcam's
// QR, at about two pixels a module, often decodes only thresholded by this reader itself.
void readQrPasses(PIX* grey, const std::function<bool(std::vector<std::string>)>& take) {
    if (take(readQrTexts(grey))) return;
    for (const auto& [halfWidth, fraction] : {std::pair{2, 0.6f}, std::pair{4, 1.0f}}) {
        PixPtr sharp = own(pixUnsharpMasking(grey, halfWidth, fraction));
        if (sharp && take(readQrTexts(sharp.get()))) return;
    }
    if (take(readQrTextsCloseUp(grey))) return;
    take(readQrTextsThresholded(grey));
}

}  // namespace scanners

#include "qr_passes.hpp"

#include "qr_reader.hpp"

namespace scanners {

// A blurred or small QR often decodes once sharpened, a hand-held phone's one only with a
// stronger mask (one more code in 20 hard photos), or only enlarged as a close-up (4 of the 5
// codes the whole-photo passes missed on 25 hard Căn cước fronts); a photo without a QR costs
// the extra passes (10-40 ms each) only when the earlier ones found nothing. A cheap webcam's
// QR, at about two pixels a module, often decodes only thresholded by this reader itself.
std::optional<size_t> readQrPasses(std::span<const PixPtr> photos,
                                   const std::function<bool(std::vector<std::string>)>& take) {
    const auto sharpened = [](float fraction, int halfWidth) {
        return [fraction, halfWidth](PIX* grey) {
            PixPtr sharp = own(pixUnsharpMasking(grey, halfWidth, fraction));
            return sharp ? readQrTexts(sharp.get()) : std::vector<std::string>();
        };
    };
    const std::function<std::vector<std::string>(PIX*)> passes[] = {readQrTexts, sharpened(0.6f, 2), sharpened(1.0f, 4),
                                                                    readQrTextsCloseUp, readQrTextsThresholded};
    for (const auto& pass : passes) {
        for (size_t i = 0; i < photos.size(); ++i) {
            if (take(pass(photos[i].get()))) return i;
        }
    }
    return std::nullopt;
}

}  // namespace scanners

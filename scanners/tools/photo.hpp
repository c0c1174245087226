#pragma once
// "Photographs" a flat card: places it on a desk, tilts it (rotation and perspective), then
// adds what a kiosk camera or a phone adds: uneven light, glare, blur, noise, JPEG loss.
#include <vector>

#include "scanners/pix.hpp"
#include "synthetic_identity.hpp"

namespace scanners::cardgen {

inline constexpr int kPhotoWidth = 1600;
inline constexpr int kPhotoHeight = 1200;

struct PhotoStyle {
    int width = kPhotoWidth;  // the photo's size in pixels
    int height = kPhotoHeight;
    double maxRotationDeg = 0;
    double maxPerspective = 0;  // corner displacement, as a fraction of the card width
    double minCardFill = 0.6;   // card width / photo width
    double maxCardFill = 0.8;
    int maxBlur = 0;            // box-blur half-width in pixels
    double noiseSigma = 0;
    double glareChance = 0;
    double maxShading = 0;      // strength of a light gradient across the photo
    int minJpegQuality = 90;
    int maxJpegQuality = 95;
    double minVignette = 0;  // light lost towards the corners (a cheap lens)
    double maxVignette = 0;
    double maxWarmCast = 0;  // red up, blue down (indoor light, no white balance)
    double minLensBlur = 0;  // Gaussian sigma in pixels (a cheap fixed-focus lens)
    double maxLensBlur = 0;
    int minMotionBlur = 0;  // horizontal smear in pixels (a hand moving the card)
    int maxMotionBlur = 0;
};

// A steady kiosk camera: small tilt, even light, good JPEG.
PhotoStyle easyPhoto();
// A hand-held phone: up to ±15°, perspective, blur, noise, glare, heavy JPEG.
PhotoStyle hardPhoto();
// A cheap 1280 × 720 webcam over the kiosk's tray (issue 15): the card about half the frame's
// width, a soft lens, slight motion blur, vignette, warm cast, JPEG quality 40-75; calibrated so
// zbarimg decodes about as few QR codes as on the held-out 720p photos (scanners/README.md).
PhotoStyle webcamPhoto();

// The photo as JPEG bytes.
std::vector<unsigned char> photograph(PIX* card, const PhotoStyle& style, synth::Random& random);

}  // namespace scanners::cardgen

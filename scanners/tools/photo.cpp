#include "photo.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "scanners/wipe.hpp"

namespace scanners::cardgen {
namespace {

using Point = std::array<double, 2>;
using Homography = std::array<double, 9>;

double uniform(synth::Random& random, double low, double high) {
    return low + (high - low) * static_cast<double>(random.between(0, 1000000)) / 1e6;
}

double gaussian(synth::Random& random) {
    const double u1 = std::max(1e-9, uniform(random, 0, 1));
    const double u2 = uniform(random, 0, 1);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
}

// The projective map taking from[i] to to[i] (8 unknowns, Gaussian elimination).
Homography solveHomography(const std::array<Point, 4>& from, const std::array<Point, 4>& to) {
    double a[8][9] = {};
    for (int i = 0; i < 4; ++i) {
        const double x = from[i][0], y = from[i][1], u = to[i][0], v = to[i][1];
        const double r0[9] = {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
        const double r1[9] = {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        std::copy(r0, r0 + 9, a[2 * i]);
        std::copy(r1, r1 + 9, a[2 * i + 1]);
    }
    for (int col = 0; col < 8; ++col) {
        int pivot = col;
        for (int r = col + 1; r < 8; ++r) {
            if (std::abs(a[r][col]) > std::abs(a[pivot][col])) pivot = r;
        }
        std::swap(a[col], a[pivot]);
        for (int r = 0; r < 8; ++r) {
            if (r == col) continue;
            const double f = a[r][col] / a[col][col];
            for (int c = col; c < 9; ++c) a[r][c] -= f * a[col][c];
        }
    }
    Homography h{};
    for (int i = 0; i < 8; ++i) h[static_cast<size_t>(i)] = a[i][8] / a[i][i];
    h[8] = 1;
    return h;
}

struct Sampler {
    PIX* pix;
    int width, height, wpl;
    l_uint32* data;

    explicit Sampler(PIX* p)
        : pix(p), width(pixGetWidth(p)), height(pixGetHeight(p)), wpl(pixGetWpl(p)),
          data(pixGetData(p)) {}

    // Bilinear sample at (u, v); false outside the image.
    bool sample(double u, double v, std::array<double, 3>& rgb) const {
        if (u < 0 || v < 0 || u >= width - 1 || v >= height - 1) return false;
        const int x = static_cast<int>(u), y = static_cast<int>(v);
        const double fx = u - x, fy = v - y;
        rgb = {0, 0, 0};
        for (int dy = 0; dy < 2; ++dy) {
            for (int dx = 0; dx < 2; ++dx) {
                const double w = (dx ? fx : 1 - fx) * (dy ? fy : 1 - fy);
                l_int32 r, g, b;
                extractRGBValues(data[(y + dy) * wpl + x + dx], &r, &g, &b);
                rgb[0] += w * r;
                rgb[1] += w * g;
                rgb[2] += w * b;
            }
        }
        return true;
    }
};

uint8_t clampByte(double v) { return static_cast<uint8_t>(std::clamp(v, 0.0, 255.0)); }

// Card corners in the photo: centred near the middle, scaled, rotated, then each corner moved
// a little to mimic a camera that is not square to the card.
std::array<Point, 4> placeCard(PIX* card, const PhotoStyle& style, synth::Random& random) {
    const double aspect = static_cast<double>(pixGetHeight(card)) / pixGetWidth(card);
    const double w = style.width * uniform(random, style.minCardFill, style.maxCardFill);
    const double h = w * aspect;
    const double angle = uniform(random, -style.maxRotationDeg, style.maxRotationDeg) *
                         std::numbers::pi / 180.0;
    const double cx = style.width / 2.0 + uniform(random, -0.05, 0.05) * style.width;
    const double cy = style.height / 2.0 + uniform(random, -0.05, 0.05) * style.height;
    const std::array<Point, 4> local{{{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2},
                                      {-w / 2, h / 2}}};
    std::array<Point, 4> corners{};
    for (size_t i = 0; i < 4; ++i) {
        const double jx = uniform(random, -style.maxPerspective, style.maxPerspective) * w;
        const double jy = uniform(random, -style.maxPerspective, style.maxPerspective) * w;
        corners[i] = {cx + local[i][0] * std::cos(angle) - local[i][1] * std::sin(angle) + jx,
                      cy + local[i][0] * std::sin(angle) + local[i][1] * std::cos(angle) + jy};
    }
    return corners;
}

PixPtr compose(PIX* card, const PhotoStyle& style, synth::Random& random) {
    const double cw = pixGetWidth(card), ch = pixGetHeight(card);
    const std::array<Point, 4> cardCorners{{{0, 0}, {cw, 0}, {cw, ch}, {0, ch}}};
    const Homography h = solveHomography(placeCard(card, style, random), cardCorners);
    const Sampler sampler(card);

    const std::array<double, 3> desk{uniform(random, 60, 200), uniform(random, 60, 170),
                                     uniform(random, 50, 150)};
    const double shadeAngle = uniform(random, 0, 2 * std::numbers::pi);
    const double shading = uniform(random, 0, style.maxShading);
    const bool glare = uniform(random, 0, 1) < style.glareChance;
    const int width = style.width, height = style.height;
    const double gx = uniform(random, 0.25, 0.75) * width;
    const double gy = uniform(random, 0.3, 0.7) * height;
    const double gr = uniform(random, 0.06, 0.14) * width;
    const double glareStrength = uniform(random, 0.5, 0.85);
    // Drawn only for a camera that has them, so the easy and hard photos of a seed stay the
    // photos they were (the corpus floors and the benchmark figures were measured on them).
    const double vignette = style.maxVignette > 0 ? uniform(random, style.minVignette, style.maxVignette) : 0.0;
    const double warm = style.maxWarmCast > 0 ? uniform(random, 0, style.maxWarmCast) : 0.0;
    const double halfDiagonal2 = (width * width + height * height) / 4.0;

    PixPtr photo = own(pixCreate(width, height, 32));
    l_uint32* out = pixGetData(photo.get());
    const int wpl = pixGetWpl(photo.get());
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double d = h[6] * x + h[7] * y + h[8];
            const double u = (h[0] * x + h[1] * y + h[2]) / d;
            const double v = (h[3] * x + h[4] * y + h[5]) / d;
            std::array<double, 3> rgb{};
            if (!sampler.sample(u, v, rgb)) {
                const double grain = 8 * std::sin(x * 0.05 + std::sin(y * 0.013) * 6);
                rgb = {desk[0] + grain, desk[1] + grain, desk[2] + grain};
            }
            const double along = ((x - width / 2.0) * std::cos(shadeAngle) +
                                  (y - height / 2.0) * std::sin(shadeAngle)) /
                                 width;
            const double corner = ((x - width / 2.0) * (x - width / 2.0) + (y - height / 2.0) * (y - height / 2.0)) /
                                  halfDiagonal2;
            const double light = (1.0 + shading * along) * (1.0 - vignette * corner);
            double glareAlpha = 0;
            if (glare) {
                const double r2 = ((x - gx) * (x - gx) + (y - gy) * (y - gy) * 2.2) / (gr * gr);
                glareAlpha = glareStrength * std::max(0.0, 1.0 - r2);
            }
            for (double& c : rgb) c = (c * light) * (1 - glareAlpha) + 255 * glareAlpha;
            rgb[0] *= 1.0 + warm * 0.6;
            rgb[2] *= 1.0 - warm;
            composeRGBPixel(clampByte(rgb[0]), clampByte(rgb[1]), clampByte(rgb[2]),
                            &out[y * wpl + x]);
        }
    }
    return photo;
}

void addNoise(PIX* pix, double sigma, synth::Random& random) {
    if (sigma <= 0) return;
    l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < pixGetHeight(pix); ++y) {
        for (int x = 0; x < pixGetWidth(pix); ++x) {
            l_int32 r, g, b;
            extractRGBValues(data[y * wpl + x], &r, &g, &b);
            const double n = sigma * gaussian(random);  // luminance noise, like a sensor
            composeRGBPixel(clampByte(r + n), clampByte(g + n), clampByte(b + n),
                            &data[y * wpl + x]);
        }
    }
}

// A Gaussian blur of any strength (the box blur's steps of a whole pixel are too coarse at
// 720p, where one step decides whether a QR module survives).
PixPtr lensBlur(PIX* photo, double sigma) {
    L_KERNEL* alongX = nullptr;
    L_KERNEL* alongY = nullptr;
    const int half = static_cast<int>(std::ceil(3 * sigma));
    if (makeGaussianKernelSep(half, half, static_cast<float>(sigma), 1.0f, &alongX, &alongY) != 0) {
        return own(pixCopy(nullptr, photo));
    }
    PixPtr blurred = own(pixConvolveRGBSep(photo, alongX, alongY));
    kernelDestroy(&alongX);
    kernelDestroy(&alongY);
    return blurred ? std::move(blurred) : own(pixCopy(nullptr, photo));
}

}  // namespace

PhotoStyle easyPhoto() {
    PhotoStyle s;
    s.maxRotationDeg = 3;
    s.maxPerspective = 0.01;
    s.minCardFill = 0.7;
    s.maxCardFill = 0.85;
    s.noiseSigma = 2;
    s.maxShading = 0.1;
    s.minJpegQuality = 85;
    s.maxJpegQuality = 95;
    return s;
}

PhotoStyle hardPhoto() {
    PhotoStyle s;
    s.maxRotationDeg = 15;
    s.maxPerspective = 0.04;
    s.minCardFill = 0.45;
    s.maxCardFill = 0.8;
    s.maxBlur = 2;
    s.noiseSigma = 9;
    s.glareChance = 0.6;
    s.maxShading = 0.5;
    s.minJpegQuality = 45;
    s.maxJpegQuality = 75;
    return s;
}

PhotoStyle webcamPhoto() {
    PhotoStyle s;
    s.width = 1280;
    s.height = 720;
    s.maxRotationDeg = 6;
    s.maxPerspective = 0.02;
    s.minCardFill = 0.45;
    s.maxCardFill = 0.55;
    s.minLensBlur = 0.7;
    s.maxLensBlur = 1.1;
    s.noiseSigma = 5;
    s.glareChance = 0.2;
    s.maxShading = 0.3;
    s.minJpegQuality = 40;
    s.maxJpegQuality = 75;
    s.minVignette = 0.3;
    s.maxVignette = 0.5;
    s.maxWarmCast = 0.18;
    s.minMotionBlur = 1;
    s.maxMotionBlur = 2;
    return s;
}

std::vector<unsigned char> photograph(PIX* card, const PhotoStyle& style, synth::Random& random) {
    PixPtr photo = compose(card, style, random);
    const int blur = random.between(0, style.maxBlur);
    if (blur > 0) photo = own(pixBlockconv(photo.get(), blur, blur));
    if (style.maxLensBlur > 0) photo = lensBlur(photo.get(), uniform(random, style.minLensBlur, style.maxLensBlur));
    const int smear = style.maxMotionBlur > 0 ? random.between(style.minMotionBlur, style.maxMotionBlur) : 0;
    if (smear > 0) photo = own(pixBlockconv(photo.get(), smear, 0));
    addNoise(photo.get(), style.noiseSigma, random);
    l_uint8* jpeg = nullptr;
    size_t size = 0;
    const int quality = random.between(style.minJpegQuality, style.maxJpegQuality);
    if (pixWriteMemJpeg(&jpeg, &size, photo.get(), quality, 0) != 0) return {};
    std::vector<unsigned char> bytes(jpeg, jpeg + size);
    wipeBytes(jpeg, size);
    lept_free(jpeg);
    return bytes;
}

}  // namespace scanners::cardgen

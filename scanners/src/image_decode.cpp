#include "image_decode.hpp"

#include <algorithm>

#include "jpeg_decode.hpp"

namespace scanners {
namespace {

Error imageError(const char* code, const char* message) { return Error{code, message, "image"}; }

// A JPEG should end with EOI. Many writers and cut-short transfers lose only its last bytes,
// which libjpeg decodes with a warning (ImageMagick and every viewer open such files), so a
// missing EOI alone is no reason to refuse: what was lost is measured on the decoded image.
bool jpegComplete(std::span<const unsigned char> bytes) {
    size_t end = bytes.size();
    while (end > 2 && bytes[end - 1] == 0) --end;  // some writers pad with zeros
    return end >= 2 && bytes[end - 2] == 0xFF && bytes[end - 1] == 0xD9;
}

// A PNG ends with its IEND chunk: "IEND" followed by a 4-byte CRC.
bool pngComplete(std::span<const unsigned char> bytes) {
    if (bytes.size() < 12) return false;
    const auto tail = bytes.subspan(bytes.size() - 8, 4);
    return tail[0] == 'I' && tail[1] == 'E' && tail[2] == 'N' && tail[3] == 'D';
}

// JPEG can decode at 1/2, 1/4 or 1/8 directly: a 48 MP photo never needs its full raster.
int jpegReduction(int width, int height, int maxSide) {
    int reduction = 1;
    while (reduction < 8 && std::max(width, height) / (reduction * 2) >= maxSide) reduction *= 2;
    return reduction;
}

// Past the end of the data libjpeg repeats the last block's colour (it decodes zeros, so every
// later block keeps the same DC value): the image's bottom rows come out as one flat colour.
// The share of rows so lost; a flat image counts as entirely lost (nothing to read there).
constexpr float kMaxLostShare = 0.1f;

float lostRowShare(PIX* grey) {
    const int width = pixGetWidth(grey), height = pixGetHeight(grey);
    l_uint32 flat = 0;
    pixGetPixel(grey, 0, height - 1, &flat);
    int lost = 0;
    for (int y = height - 1; y >= 0; --y, ++lost) {
        for (int x = 0; x < width; ++x) {
            l_uint32 value = 0;
            pixGetPixel(grey, x, y, &value);
            if (value != flat) return static_cast<float>(lost) / static_cast<float>(height);
        }
    }
    return 1.0f;
}

PixPtr toGrey(PixPtr pix) {
    if (pixGetDepth(pix.get()) == 8 && pixGetColormap(pix.get()) == nullptr) return pix;
    return own(pixConvertTo8(pix.get(), 0));
}

}  // namespace

Result<PixPtr> decodeImage(std::span<const unsigned char> bytes, const DecodeLimits& limits) {
    if (bytes.empty()) return imageError("image.empty", "Tệp ảnh rỗng.");
    if (bytes.size() > limits.maxBytes) {
        return imageError("image.too_large", "Tệp ảnh quá lớn.");
    }
    l_int32 format = IFF_UNKNOWN, width = 0, height = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeaderMem(bytes.data(), bytes.size(), &format, &width, &height, &bps, &spp,
                         &cmap) != 0 ||
        format == IFF_UNKNOWN || width <= 0 || height <= 0) {
        return imageError("image.not_an_image", "Tệp này không phải ảnh hoặc định dạng không hỗ trợ.");
    }
    if (static_cast<long>(width) * height > limits.maxPixels) {
        return imageError("image.too_large", "Ảnh có quá nhiều điểm ảnh.");
    }
    if (std::min(width, height) < limits.minSide) {
        return imageError("image.too_small", "Ảnh quá nhỏ để đọc được thẻ.");
    }
    PixPtr pix;
    if (format == IFF_JFIF_JPEG) {
        auto decoded = decodeJpeg(bytes, jpegReduction(width, height, limits.maxWorkingSide));
        if (!decoded.pix && !jpegComplete(bytes)) {
            return imageError("image.truncated", "Tệp ảnh bị cắt cụt.");
        }
        pix = std::move(decoded.pix);
        if (pix && (decoded.warnings > 0 || !jpegComplete(bytes))) {
            pix = toGrey(std::move(pix));
            if (!pix || lostRowShare(pix.get()) > kMaxLostShare) {
                return imageError("image.truncated", "Tệp ảnh bị cắt cụt.");
            }
        }
    } else {
        if (format == IFF_PNG && !pngComplete(bytes)) {
            return imageError("image.truncated", "Tệp ảnh bị cắt cụt.");
        }
        pix = own(pixReadMem(bytes.data(), bytes.size()));
    }
    if (!pix) return imageError("image.not_an_image", "Không giải mã được ảnh.");
    pix = toGrey(std::move(pix));
    if (!pix) return imageError("image.not_an_image", "Không giải mã được ảnh.");
    const int longSide = std::max(pixGetWidth(pix.get()), pixGetHeight(pix.get()));
    if (longSide > limits.maxWorkingSide) {
        const float scale = static_cast<float>(limits.maxWorkingSide) / static_cast<float>(longSide);
        pix = own(pixScale(pix.get(), scale, scale));
        if (!pix) return imageError("image.too_large", "Không thu nhỏ được ảnh.");
    }
    return pix;
}

}  // namespace scanners

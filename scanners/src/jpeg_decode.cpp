#include "jpeg_decode.hpp"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>

#include <jpeglib.h>

namespace scanners {
namespace {

struct QuietErrors {
    jpeg_error_mgr base;
    std::jmp_buf jump;
    int warnings;
};

[[noreturn]] void onError(j_common_ptr info) {
    std::longjmp(reinterpret_cast<QuietErrors*>(info->err)->jump, 1);
}

void onMessage(j_common_ptr info, int level) {
    if (level < 0) ++reinterpret_cast<QuietErrors*>(info->err)->warnings;
}

void silent(j_common_ptr) {}

// Only plain C objects live across setjmp here: longjmp would skip C++ destructors.
PIX* decode(std::span<const unsigned char> bytes, int reduction, QuietErrors& errors) {
    jpeg_decompress_struct info;
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onError;
    errors.base.emit_message = onMessage;
    errors.base.output_message = silent;
    errors.warnings = 0;
    PIX* volatile pix = nullptr;
    unsigned char* volatile row = nullptr;
    if (setjmp(errors.jump) != 0) {
        jpeg_destroy_decompress(&info);
        std::free(row);
        PIX* failed = pix;
        if (failed != nullptr) {
            pixSetAllArbitrary(failed, 0);  // partial pixels of a photo: wiped before freeing
            pixDestroy(&failed);
        }
        return nullptr;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    // Colour stays colour (RGB), as Leptonica decodes it, so that the grey image is Leptonica's
    // own luminance of it: the same pixels the reader was tuned on.
    const bool grey = info.jpeg_color_space == JCS_GRAYSCALE;
    info.out_color_space = grey ? JCS_GRAYSCALE : JCS_RGB;
    info.scale_num = 1;
    info.scale_denom = static_cast<unsigned int>(reduction);
    jpeg_start_decompress(&info);
    const auto width = static_cast<int>(info.output_width);
    const auto height = static_cast<int>(info.output_height);
    const auto channels = static_cast<size_t>(info.output_components);
    pix = pixCreate(width, height, grey ? 8 : 32);
    row = static_cast<unsigned char*>(std::malloc(info.output_width * channels));
    if (pix == nullptr || row == nullptr) onError(reinterpret_cast<j_common_ptr>(&info));
    l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    while (info.output_scanline < info.output_height) {
        const int y = static_cast<int>(info.output_scanline);
        JSAMPROW rows[1] = {row};
        jpeg_read_scanlines(&info, rows, 1);
        l_uint32* line = data + y * wpl;
        for (int x = 0; x < width; ++x) {
            if (grey) {
                SET_DATA_BYTE(line, x, row[x]);
            } else {
                const unsigned char* p = row + static_cast<size_t>(x) * channels;
                composeRGBPixel(p[0], p[1], p[2], line + x);
            }
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    for (size_t i = 0; i < info.output_width * channels; ++i) row[i] = 0;
    std::free(row);
    return pix;
}

}  // namespace

JpegDecode decodeJpeg(std::span<const unsigned char> bytes, int reduction) {
    QuietErrors errors{};
    JpegDecode result;
    result.pix = own(decode(bytes, reduction, errors));
    result.warnings = errors.warnings;
    return result;
}

}  // namespace scanners

// The file backend's preview: it stands in for a camera in demos and tests, so it serves the
// image the citizen is asked to show (the folder's first image for the front, its second for the
// back) as frames, decoded once with Leptonica and shrunk to preview size.
#include <leptonica/allheaders.h>

#include <algorithm>
#include <memory>

#include "file_images.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/capture/preview_source.hpp"

namespace kiosk::capture {
namespace {

// Leptonica's pixels are freed without being cleared; these show a card.
struct WipedPix {
    void operator()(PIX* pix) const {
        if (pix == nullptr) return;
        if (l_uint32* data = pixGetData(pix)) {
            secureWipe(data, static_cast<size_t>(pixGetWpl(pix)) * 4u * static_cast<size_t>(pixGetHeight(pix)));
        }
        pixDestroy(&pix);
    }
};
using Pix = std::unique_ptr<PIX, WipedPix>;

}  // namespace

std::optional<PreviewFrame> decodeToFrame(const std::vector<unsigned char>& bytes, int maxWidth, int maxHeight) {
    l_int32 format = IFF_UNKNOWN, width = 0, height = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeaderMem(bytes.data(), bytes.size(), &format, &width, &height, &bps, &spp, &cmap) != 0 ||
        width <= 0 || height <= 0) {
        return std::nullopt;
    }
    Pix decoded;
    if (format == IFF_JFIF_JPEG) {
        // JPEG decodes straight to a half, quarter or eighth: a phone photo costs little.
        l_int32 reduction = 1;
        while (reduction < 8 && width / (reduction * 2) >= maxWidth && height / (reduction * 2) >= maxHeight) {
            reduction *= 2;
        }
        l_int32 warnings = 0;
        decoded.reset(pixReadMemJpeg(bytes.data(), bytes.size(), 0, reduction, &warnings, 0));
    } else {
        decoded.reset(pixReadMem(bytes.data(), bytes.size()));
    }
    if (!decoded) return std::nullopt;
    const float scale = std::min({1.0f, static_cast<float>(maxWidth) / static_cast<float>(pixGetWidth(decoded.get())),
                                  static_cast<float>(maxHeight) / static_cast<float>(pixGetHeight(decoded.get()))});
    Pix rgb(pixConvertTo32(decoded.get()));
    if (!rgb) return std::nullopt;
    Pix small(scale < 1.0f ? pixScale(rgb.get(), scale, scale) : pixClone(rgb.get()));
    if (!small) return std::nullopt;
    PreviewFrame frame;
    sizeFrame(frame, pixGetWidth(small.get()), pixGetHeight(small.get()));
    std::vector<l_uint8> r(static_cast<size_t>(frame.width)), g(r.size()), b(r.size());
    for (int y = 0; y < frame.height; ++y) {
        pixGetRGBLine(small.get(), y, r.data(), g.data(), b.data());
        unsigned char* row = frame.rgb.data() + static_cast<size_t>(y) * static_cast<size_t>(frame.width) * 3;
        for (size_t x = 0; x < r.size(); ++x) {
            row[3 * x] = r[x];
            row[3 * x + 1] = g[x];
            row[3 * x + 2] = b[x];
        }
    }
    for (auto* line : {&r, &g, &b}) secureWipe(*line);
    return frame;
}

namespace {

class FilePreview final : public PreviewSource {
public:
    explicit FilePreview(std::filesystem::path path) : m_path(std::move(path)) {}
    ~FilePreview() override { close(); }

    std::optional<Error> open() override {
        // Leptonica reports a refused image on stderr; the citizen gets our message instead.
        setMsgSeverity(L_SEVERITY_NONE);
        if (imagesAt(m_path).empty()) return noImages();
        return std::nullopt;
    }

    std::optional<Error> grab(PreviewFrame& frame, int side) override {
        if (side != m_side || m_image.rgb.empty()) {
            wipeFrame(m_image);
            const auto images = imagesAt(m_path);
            if (images.empty()) return noImages();
            auto bytes = readImageFile(images[static_cast<size_t>(side) % images.size()]);
            if (!bytes) return noImages();
            auto decoded = decodeToFrame(*bytes, kPreviewMaxWidth, kPreviewMaxHeight);
            secureWipe(*bytes);
            if (!decoded) return noImages();
            m_image = std::move(*decoded);
            m_side = side;
        }
        std::copy(m_image.rgb.begin(), m_image.rgb.end(), sizeFrame(frame, m_image.width, m_image.height));
        return std::nullopt;
    }

    void close() override {
        wipeFrame(m_image);
        m_side = -1;
    }

private:
    std::filesystem::path m_path;
    PreviewFrame m_image;  // the decoded image, served as every frame
    int m_side = -1;
};

}  // namespace

std::unique_ptr<PreviewSource> makeFilePreview(const std::string& path) { return std::make_unique<FilePreview>(path); }

}  // namespace kiosk::capture

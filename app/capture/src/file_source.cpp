// The file backend: one image, or a folder whose images are taken in name order (front, back,
// next card…) and then from the start again. For tests and demos without a device.
#include "file_images.hpp"

namespace kiosk::capture {
namespace {

class FileSource final : public Source {
public:
    explicit FileSource(std::filesystem::path path) : m_path(std::move(path)) {}

    Result<Picture> take() override {
        const auto images = imagesAt(m_path);
        if (images.empty()) return noImages();
        auto bytes = readImageFile(images[m_next++ % images.size()]);
        if (!bytes) return noImages();
        return std::move(*bytes);
    }

private:
    std::filesystem::path m_path;
    size_t m_next = 0;
};

}  // namespace

std::unique_ptr<Source> makeFileSource(const std::string& path) { return std::make_unique<FileSource>(path); }

std::unique_ptr<Source> makeSource(const config::CaptureSettings& settings) {
    switch (settings.backend) {
        case config::CaptureBackend::File: return makeFileSource(settings.path);
        case config::CaptureBackend::V4l2: return makeV4l2Source(settings.path, settings.width, settings.height);
        case config::CaptureBackend::Sane: return makeSaneSource(settings.path, settings.dpi);
        case config::CaptureBackend::None: break;
    }
    return nullptr;
}

Picture pnmPicture(int width, int height, int channels, const unsigned char* pixels) {
    const std::string header = std::string(channels == 1 ? "P5" : "P6") + "\n" + std::to_string(width) + " " +
                               std::to_string(height) + "\n255\n";
    Picture out(header.begin(), header.end());
    out.insert(out.end(), pixels, pixels + static_cast<size_t>(width) * static_cast<size_t>(height) * static_cast<size_t>(channels));
    return out;
}

}  // namespace kiosk::capture

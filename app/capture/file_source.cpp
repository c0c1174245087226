// The file backend: one image, or a folder whose images are taken in name order (front, back,
// next card…) and then from the start again. For tests and demos without a device.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "capture/source.hpp"

namespace kiosk::capture {
namespace {

constexpr std::uintmax_t kMaxFileBytes = 64u << 20;  // the pipeline refuses larger files anyway

bool isImageName(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".pnm" || ext == ".ppm" ||
           ext == ".pgm" || ext == ".tif" || ext == ".tiff" || ext == ".bmp" || ext == ".webp";
}

Error noImages() {
    return Error{"capture.no_images", "Không tìm thấy ảnh thẻ để đọc. Bạn có thể nhập thông tin bằng tay.", "file"};
}

class FileSource final : public Source {
public:
    explicit FileSource(std::filesystem::path path) : m_path(std::move(path)) {}

    Result<Picture> take() override {
        std::error_code ec;
        std::vector<std::filesystem::path> images;
        if (std::filesystem::is_directory(m_path, ec)) {
            for (const auto& entry : std::filesystem::directory_iterator(m_path, ec)) {
                if (entry.is_regular_file(ec) && isImageName(entry.path())) images.push_back(entry.path());
            }
            std::sort(images.begin(), images.end());
        } else if (std::filesystem::is_regular_file(m_path, ec)) {
            images.push_back(m_path);
        }
        if (images.empty()) return noImages();
        const auto& path = images[m_next++ % images.size()];
        const auto size = std::filesystem::file_size(path, ec);
        if (ec || size > kMaxFileBytes) return noImages();
        Picture bytes(static_cast<size_t>(size));
        std::ifstream in(path, std::ios::binary);
        if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) return noImages();
        return bytes;
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

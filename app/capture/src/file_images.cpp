#include "file_images.hpp"

#include <algorithm>
#include <fstream>

namespace kiosk::capture {
namespace {

constexpr std::uintmax_t kMaxFileBytes = 64u << 20;  // the pipeline refuses larger files anyway

bool isImageName(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".pnm" || ext == ".ppm" ||
           ext == ".pgm" || ext == ".tif" || ext == ".tiff" || ext == ".bmp" || ext == ".webp";
}

}  // namespace

std::vector<std::filesystem::path> imagesAt(const std::filesystem::path& path) {
    std::error_code ec;
    std::vector<std::filesystem::path> images;
    if (std::filesystem::is_directory(path, ec)) {
        for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
            if (entry.is_regular_file(ec) && isImageName(entry.path())) images.push_back(entry.path());
        }
        std::sort(images.begin(), images.end());
    } else if (std::filesystem::is_regular_file(path, ec)) {
        images.push_back(path);
    }
    return images;
}

std::optional<Picture> readImageFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > kMaxFileBytes) return std::nullopt;
    Picture bytes(static_cast<size_t>(size));
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) return std::nullopt;
    return bytes;
}

Error noImages() {
    return Error{"capture.no_images", "Không tìm thấy ảnh thẻ để đọc. Bạn có thể nhập thông tin bằng tay.", "file"};
}

}  // namespace kiosk::capture

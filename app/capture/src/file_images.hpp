#pragma once
// The file backend's images, shared by its still pictures (file_source.cpp) and its preview
// (preview_file.cpp): one image, or a folder's images in name order (front, back, next card…).
#include <filesystem>
#include <optional>
#include <vector>

#include "kiosk/capture/source.hpp"

namespace kiosk::capture {

// The image at `path`, or the images in the folder `path` by name; empty when there are none.
std::vector<std::filesystem::path> imagesAt(const std::filesystem::path& path);
// The whole file, or nullopt when it cannot be read or is larger than the pipeline would take.
std::optional<Picture> readImageFile(const std::filesystem::path& path);
// "Không tìm thấy ảnh thẻ…", in Vietnamese for the citizen.
Error noImages();

}  // namespace kiosk::capture

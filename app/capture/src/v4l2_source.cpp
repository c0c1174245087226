// The V4L2 backend: a document camera or webcam through libv4l2, which converts whatever the
// camera sends (MJPEG, YUYV…) to RGB24 and emulates read() for streaming-only drivers.
#include <libv4l2.h>
#include <linux/videodev2.h>

#include <algorithm>
#include <cerrno>

#include "kiosk/capture/source.hpp"
#include "v4l2_device.hpp"

namespace kiosk::capture {
namespace {

// Auto exposure and white balance need a few frames after the camera opens.
constexpr int kSettleFrames = 4;

class V4l2Source final : public Source {
public:
    V4l2Source(std::string device, int width, int height) : m_device(std::move(device)), m_width(width), m_height(height) {}

    Result<Picture> take() override {
        Camera camera(m_device);
        if (!camera.ok()) return camera.openError();
        v4l2_format format{};
        format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        format.fmt.pix.width = static_cast<__u32>(m_width);
        format.fmt.pix.height = static_cast<__u32>(m_height);
        format.fmt.pix.pixelformat = V4L2_PIX_FMT_RGB24;
        format.fmt.pix.field = V4L2_FIELD_ANY;
        if (v4l2_ioctl(camera.fd(), VIDIOC_S_FMT, &format) < 0 || format.fmt.pix.pixelformat != V4L2_PIX_FMT_RGB24) {
            return cameraFailed();
        }
        // The camera may choose another size than asked; use what it says.
        const auto width = static_cast<int>(format.fmt.pix.width);
        const auto height = static_cast<int>(format.fmt.pix.height);
        const size_t stride = std::max<size_t>(format.fmt.pix.bytesperline, static_cast<size_t>(width) * 3);
        std::vector<unsigned char> frame(std::max<size_t>(format.fmt.pix.sizeimage, stride * static_cast<size_t>(height)));
        for (int i = 0; i < kSettleFrames; ++i) {
            if (v4l2_read(camera.fd(), frame.data(), frame.size()) <= 0) {
                return errno == ENODEV ? noCamera() : cameraFailed();
            }
        }
        std::vector<unsigned char> rgb(static_cast<size_t>(width) * 3 * static_cast<size_t>(height));
        for (int y = 0; y < height; ++y) {
            std::copy_n(frame.data() + static_cast<size_t>(y) * stride, static_cast<size_t>(width) * 3,
                        rgb.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 3);
        }
        Picture picture = pnmPicture(width, height, 3, rgb.data());
        std::fill(frame.begin(), frame.end(), 0);
        std::fill(rgb.begin(), rgb.end(), 0);
        return picture;
    }

private:
    std::string m_device;
    int m_width, m_height;
};

}  // namespace

std::unique_ptr<Source> makeV4l2Source(const std::string& device, int width, int height) {
    return std::make_unique<V4l2Source>(device, width, height);
}

}  // namespace kiosk::capture

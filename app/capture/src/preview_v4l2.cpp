// A camera's live preview: the device opened once for the whole preview (the still picture
// opens it again at full size once the preview has let it go), asked for small RGB24 frames at
// about ten a second. libv4l2 converts whatever the camera sends and emulates read().
#include <libv4l2.h>
#include <linux/videodev2.h>

#include <algorithm>
#include <cerrno>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/capture/preview_source.hpp"
#include "v4l2_device.hpp"

namespace kiosk::capture {
namespace {

constexpr int kPreviewFps = 10;

class V4l2Preview final : public PreviewSource {
public:
    explicit V4l2Preview(std::string device) : m_device(std::move(device)) {}
    ~V4l2Preview() override { close(); }

    std::optional<Error> open() override {
        close();
        m_camera = std::make_unique<Camera>(m_device);
        if (!m_camera->ok()) {
            Error error = m_camera->openError();
            m_camera.reset();
            return error;
        }
        const int fd = m_camera->fd();
        v4l2_format format{};
        format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        format.fmt.pix.width = kPreviewMaxWidth;
        format.fmt.pix.height = kPreviewMaxHeight;
        format.fmt.pix.pixelformat = V4L2_PIX_FMT_RGB24;
        format.fmt.pix.field = V4L2_FIELD_ANY;
        if (v4l2_ioctl(fd, VIDIOC_S_FMT, &format) < 0 || format.fmt.pix.pixelformat != V4L2_PIX_FMT_RGB24 ||
            format.fmt.pix.width == 0 || format.fmt.pix.height == 0) {
            close();
            return cameraFailed();
        }
        // Fewer frames from the camera, less converting; a camera that cannot slow down is
        // read at its own pace and shown at ours.
        v4l2_streamparm rate{};
        rate.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        rate.parm.capture.timeperframe = {1, kPreviewFps};
        v4l2_ioctl(fd, VIDIOC_S_PARM, &rate);
        // The camera may give another size than asked; fitFrame shrinks a larger one.
        m_width = static_cast<int>(format.fmt.pix.width);
        m_height = static_cast<int>(format.fmt.pix.height);
        m_stride = std::max<size_t>(format.fmt.pix.bytesperline, static_cast<size_t>(m_width) * 3);
        m_raw.resize(std::max<size_t>(format.fmt.pix.sizeimage, m_stride * static_cast<size_t>(m_height)));
        return std::nullopt;
    }

    std::optional<Error> grab(PreviewFrame& frame, int) override {
        if (!m_camera) return noCamera();
        if (v4l2_read(m_camera->fd(), m_raw.data(), m_raw.size()) <= 0) {
            return errno == ENODEV || errno == EIO ? noCamera() : cameraFailed();
        }
        unsigned char* out = sizeFrame(frame, m_width, m_height);
        const size_t row = static_cast<size_t>(m_width) * 3;
        for (int y = 0; y < m_height; ++y) {
            std::copy_n(m_raw.data() + static_cast<size_t>(y) * m_stride, row, out + static_cast<size_t>(y) * row);
        }
        fitFrame(frame, kPreviewMaxWidth, kPreviewMaxHeight);
        return std::nullopt;
    }

    void close() override {
        m_camera.reset();
        secureWipe(m_raw);
        m_raw.shrink_to_fit();
    }

private:
    std::string m_device;
    std::unique_ptr<Camera> m_camera;
    std::vector<unsigned char> m_raw;  // one frame as the camera's rows (may be padded)
    int m_width = 0, m_height = 0;
    size_t m_stride = 0;
};

}  // namespace

std::unique_ptr<PreviewSource> makeV4l2Preview(const std::string& device) { return std::make_unique<V4l2Preview>(device); }

}  // namespace kiosk::capture

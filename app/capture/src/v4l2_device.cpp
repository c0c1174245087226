#include "v4l2_device.hpp"

#include <fcntl.h>
#include <libv4l2.h>
#include <linux/videodev2.h>

#include <cerrno>

namespace kiosk::capture {

Error noCamera() {
    return Error{"capture.no_device",
                 "Không tìm thấy máy ảnh (camera) hoặc máy ảnh đã bị rút ra. Bạn có thể nhập thông tin bằng tay "
                 "và báo cán bộ.",
                 "v4l2"};
}

Error cameraBusy() { return Error{"capture.busy", "Máy ảnh đang bận. Vui lòng thử lại sau giây lát.", "v4l2"}; }

Error cameraFailed() {
    return Error{"capture.failed", "Máy ảnh không chụp được. Vui lòng thử lại hoặc nhập thông tin bằng tay.", "v4l2"};
}

Camera::Camera(const std::string& device) : m_fd(v4l2_open(device.c_str(), O_RDWR)) {
    if (m_fd < 0) {
        m_error = errno == EBUSY ? cameraBusy() : noCamera();
        return;
    }
    v4l2_capability caps{};
    if (v4l2_ioctl(m_fd, VIDIOC_QUERYCAP, &caps) < 0 || !(caps.capabilities & V4L2_CAP_VIDEO_CAPTURE)) {
        v4l2_close(m_fd);
        m_fd = -1;
        m_error = noCamera();
    }
}

Camera::~Camera() {
    if (m_fd >= 0) v4l2_close(m_fd);
}

}  // namespace kiosk::capture

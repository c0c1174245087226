#pragma once
// What the still picture (v4l2_source.cpp) and the live preview (preview_v4l2.cpp) share about a
// V4L2 camera: opening it through libv4l2 and the plain Vietnamese messages for what goes wrong.
#include <string>

#include "kiosk/base/result.hpp"

namespace kiosk::capture {

// The camera is not there, was pulled out, or the device is no camera.
Error noCamera();
// Another program (or the other half of the kiosk) has the camera.
Error cameraBusy();
// The camera is there but gave no usable picture.
Error cameraFailed();

// An open libv4l2 descriptor, closed when it goes.
class Camera {
public:
    explicit Camera(const std::string& device);
    ~Camera();
    Camera(const Camera&) = delete;
    Camera& operator=(const Camera&) = delete;
    int fd() const { return m_fd; }
    // Why the open failed (busy or no camera), from errno at open; or the device is no camera.
    const Error& openError() const { return m_error; }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd;
    Error m_error;
};

}  // namespace kiosk::capture

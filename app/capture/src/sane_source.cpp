// The SANE backend: a flatbed or card scanner. SANE is initialised for each scan and closed
// after it, so a scanner plugged in later is found and one pulled out is reported, not hung on.
#include <sane/sane.h>
#include <sane/saneopts.h>

#include <cstring>

#include "kiosk/capture/source.hpp"

namespace kiosk::capture {
namespace {

Error noScanner() {
    return Error{"capture.no_device",
                 "Không tìm thấy máy quét hoặc máy quét chưa được cắm. Bạn có thể nhập thông tin bằng tay và "
                 "báo cán bộ.",
                 "sane"};
}

Error scanFailed(SANE_Status status) {
    if (status == SANE_STATUS_DEVICE_BUSY) {
        return Error{"capture.busy", "Máy quét đang bận. Vui lòng thử lại sau giây lát.", "sane"};
    }
    if (status == SANE_STATUS_NO_DOCS) {
        return Error{"capture.failed", "Chưa có thẻ trong máy quét. Hãy đặt thẻ vào rồi thử lại.", "sane"};
    }
    if (status == SANE_STATUS_COVER_OPEN) {
        return Error{"capture.failed", "Nắp máy quét đang mở. Hãy đóng nắp rồi thử lại.", "sane"};
    }
    return Error{"capture.failed", "Máy quét không quét được. Vui lòng thử lại hoặc nhập thông tin bằng tay.", "sane"};
}

// sane_init … sane_exit around one scan.
struct SaneSession {
    bool ok = false;
    SaneSession() {
        SANE_Int version = 0;
        ok = sane_init(&version, nullptr) == SANE_STATUS_GOOD;
    }
    ~SaneSession() {
        if (ok) sane_exit();
    }
};

struct Device {
    SANE_Handle handle = nullptr;
    ~Device() {
        if (handle) {
            sane_cancel(handle);
            sane_close(handle);
        }
    }
};

void setResolution(SANE_Handle handle, int dpi) {
    for (SANE_Int i = 1;; ++i) {
        const SANE_Option_Descriptor* option = sane_get_option_descriptor(handle, i);
        if (!option) return;
        if (!option->name || std::strcmp(option->name, SANE_NAME_SCAN_RESOLUTION) != 0) continue;
        SANE_Word value = option->type == SANE_TYPE_FIXED ? SANE_FIX(dpi) : dpi;
        sane_control_option(handle, i, SANE_ACTION_SET_VALUE, &value, nullptr);
        return;
    }
}

class SaneSource final : public Source {
public:
    SaneSource(std::string device, int dpi) : m_device(std::move(device)), m_dpi(dpi) {}

    Result<Picture> take() override {
        SaneSession sane;
        if (!sane.ok) return noScanner();
        std::string name = m_device;
        if (name.empty()) {
            const SANE_Device** devices = nullptr;
            if (sane_get_devices(&devices, SANE_TRUE) != SANE_STATUS_GOOD || !devices || !devices[0]) return noScanner();
            name = devices[0]->name;
        }
        Device device;
        const SANE_Status opened = sane_open(name.c_str(), &device.handle);
        if (opened != SANE_STATUS_GOOD) {
            device.handle = nullptr;
            return opened == SANE_STATUS_DEVICE_BUSY ? scanFailed(opened) : noScanner();
        }
        setResolution(device.handle, m_dpi);
        if (const SANE_Status started = sane_start(device.handle); started != SANE_STATUS_GOOD) return scanFailed(started);
        SANE_Parameters p{};
        if (sane_get_parameters(device.handle, &p) != SANE_STATUS_GOOD || p.depth != 8 ||
            (p.format != SANE_FRAME_GRAY && p.format != SANE_FRAME_RGB) || p.pixels_per_line <= 0) {
            return scanFailed(SANE_STATUS_UNSUPPORTED);
        }
        std::vector<unsigned char> data;
        SANE_Byte chunk[32768];
        for (;;) {
            SANE_Int length = 0;
            const SANE_Status status = sane_read(device.handle, chunk, sizeof chunk, &length);
            if (status == SANE_STATUS_EOF) break;
            if (status != SANE_STATUS_GOOD) return scanFailed(status);
            data.insert(data.end(), chunk, chunk + length);
        }
        const int channels = p.format == SANE_FRAME_RGB ? 3 : 1;
        const auto lineBytes = static_cast<size_t>(p.bytes_per_line);
        const int lines = static_cast<int>(data.size() / lineBytes);
        if (lines < 1) return scanFailed(SANE_STATUS_IO_ERROR);
        std::vector<unsigned char> pixels;
        for (int y = 0; y < lines; ++y) {
            const auto* row = data.data() + static_cast<size_t>(y) * lineBytes;
            pixels.insert(pixels.end(), row, row + static_cast<size_t>(p.pixels_per_line) * static_cast<size_t>(channels));
        }
        Picture picture = pnmPicture(p.pixels_per_line, lines, channels, pixels.data());
        std::fill(data.begin(), data.end(), 0);
        std::fill(pixels.begin(), pixels.end(), 0);
        return picture;
    }

private:
    std::string m_device;
    int m_dpi;
};

}  // namespace

std::unique_ptr<Source> makeSaneSource(const std::string& device, int dpi) {
    return std::make_unique<SaneSource>(device, dpi);
}

}  // namespace kiosk::capture

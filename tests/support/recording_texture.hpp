#pragma once
// The UI's StreamTexture port for headless tests: no GPU, it keeps what it was given (the last
// frame's size and pixels, how many uploads and clears) so a test can see what the kiosk would
// have shown, and that clear() wiped it.
#include <cstdint>
#include <vector>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/ui/stream_texture.hpp"

namespace kiosk::test {

class RecordingTexture final : public ui::StreamTexture {
public:
    ImTextureID upload(int w, int h, const unsigned char* rgb) override {
        ++uploads;
        width = w;
        height = h;
        pixels.assign(rgb, rgb + static_cast<size_t>(w) * static_cast<size_t>(h) * 3);
        return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(7));
    }
    void clear() override {
        ++clears;
        secureWipe(pixels);
        width = height = 0;
    }

    // Mean of all bytes of the last frame (0 black … 255 white); -1 when there is none.
    double meanLevel() const {
        if (pixels.empty()) return -1;
        double sum = 0;
        for (unsigned char p : pixels) sum += p;
        return sum / static_cast<double>(pixels.size());
    }

    int uploads = 0;
    int clears = 0;
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;
};

}  // namespace kiosk::test

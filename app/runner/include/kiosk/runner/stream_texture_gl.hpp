#pragma once
// The UI's StreamTexture port as an OpenGL texture (the camera's live preview). Lives on the
// UI thread with the GL context; destroy it before the window.
#include <vector>

#include "kiosk/ui/stream_texture.hpp"

namespace kiosk::runner {

class GlStreamTexture final : public ui::StreamTexture {
public:
    GlStreamTexture() = default;
    ~GlStreamTexture() override;
    GlStreamTexture(const GlStreamTexture&) = delete;
    GlStreamTexture& operator=(const GlStreamTexture&) = delete;

    ImTextureID upload(int width, int height, const unsigned char* rgb) override;
    void clear() override;

private:
    unsigned m_texture = 0;  // GLuint; 0: none
    int m_width = 0, m_height = 0;
};

}  // namespace kiosk::runner

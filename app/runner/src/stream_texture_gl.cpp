#include "kiosk/runner/stream_texture_gl.hpp"

#include <SDL_opengl.h>

#include <cstdint>

namespace kiosk::runner {
namespace {

// Leaves GL's texture binding and row alignment as ImGui's backend expects to find them.
class BindingKept {
public:
    BindingKept() {
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &m_texture);
        glGetIntegerv(GL_UNPACK_ALIGNMENT, &m_alignment);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // RGB rows are packed, not padded to 4 bytes
    }
    ~BindingKept() {
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(m_texture));
        glPixelStorei(GL_UNPACK_ALIGNMENT, m_alignment);
    }

private:
    GLint m_texture = 0;
    GLint m_alignment = 4;
};

}  // namespace

GlStreamTexture::~GlStreamTexture() { clear(); }

ImTextureID GlStreamTexture::upload(int width, int height, const unsigned char* rgb) {
    if (width <= 0 || height <= 0 || rgb == nullptr) return nullptr;
    BindingKept kept;
    if (m_texture == 0) {
        GLuint id = 0;
        glGenTextures(1, &id);
        if (id == 0) return nullptr;
        m_texture = id;
        glBindTexture(GL_TEXTURE_2D, id);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        m_width = m_height = 0;
    }
    glBindTexture(GL_TEXTURE_2D, m_texture);
    // Same size: the pixels are replaced in place, no new storage each frame.
    if (width != m_width || height != m_height) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, width, height, 0, GL_RGB, GL_UNSIGNED_BYTE, rgb);
        m_width = width;
        m_height = height;
    } else {
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, rgb);
    }
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(m_texture));
}

void GlStreamTexture::clear() {
    if (m_texture == 0) return;
    {
        // The driver may hand freed texture memory to the next one: overwrite the card first.
        BindingKept kept;
        const std::vector<unsigned char> black(static_cast<size_t>(m_width) * static_cast<size_t>(m_height) * 3, 0);
        glBindTexture(GL_TEXTURE_2D, m_texture);
        if (!black.empty()) {
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, m_width, m_height, GL_RGB, GL_UNSIGNED_BYTE, black.data());
        }
    }
    const GLuint id = m_texture;
    glDeleteTextures(1, &id);
    m_texture = 0;
    m_width = m_height = 0;
}

}  // namespace kiosk::runner

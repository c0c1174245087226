#include "preview_view.hpp"

#include "kiosk/capture/preview_stream.hpp"

namespace kiosk::ui {

void PreviewView::setTexture(StreamTexture* texture) {
    forget();
    m_texture = texture;
}

PreviewView::Shown PreviewView::show(capture::PreviewStream& stream, int side) {
    m_shownThisFrame = true;
    stream.run(side);
    if (m_texture) {
        m_seen = stream.withNewFrame(m_seen, [this](const capture::PreviewFrame& frame) {
            m_id = m_texture->upload(frame.width, frame.height, frame.rgb.data());
            m_size = ImVec2(static_cast<float>(frame.width), static_cast<float>(frame.height));
        });
    }
    Shown shown;
    shown.error = stream.error();
    m_noCamera = shown.error.has_value();
    if (shown.error) {
        forget();  // the last frame is stale once the camera is gone
    } else {
        shown.texture = m_id;
        shown.size = m_size;
    }
    return shown;
}

void PreviewView::endFrame(capture::PreviewStream* stream) {
    m_streaming = m_shownThisFrame;
    m_shownThisFrame = false;
    if (m_streaming || !stream) return;
    if (!stream->stopped()) stream->stop();
    forget();
}

std::chrono::milliseconds PreviewView::redrawAfter() const {
    return m_noCamera ? std::chrono::milliseconds(1000) : std::chrono::milliseconds(100);
}

void PreviewView::forget() {
    if (m_texture && m_id) m_texture->clear();
    m_id = nullptr;
    m_seen = 0;
    m_size = ImVec2();
}

}  // namespace kiosk::ui

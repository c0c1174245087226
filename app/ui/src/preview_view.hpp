#pragma once
// The UI side of the live preview: keeps the capture stream running while the identity step
// shows it, uploads a frame to the StreamTexture only when a new one arrived, and stops the
// stream and wipes the texture the first frame the preview is not drawn (another screen, the
// idle warning, a picture being taken).
#include <chrono>
#include <cstdint>
#include <optional>

#include <imgui.h>

#include "kiosk/base/result.hpp"
#include "kiosk/ui/stream_texture.hpp"

namespace kiosk::capture {
class PreviewStream;
}

namespace kiosk::ui {

class PreviewView {
public:
    void setTexture(StreamTexture* texture);
    // A texture port is there to show frames on.
    bool available() const { return m_texture != nullptr; }

    struct Shown {
        ImTextureID texture = nullptr;  // null until the first frame arrives
        ImVec2 size;                    // the frame's pixels
        std::optional<Error> error;     // no camera, unplugged, busy (Vietnamese)
    };
    // Called by the screen each frame it draws the preview of `stream` for card `side`.
    Shown show(capture::PreviewStream& stream, int side);
    // Called once after each frame: a preview not shown this frame is stopped and wiped.
    void endFrame(capture::PreviewStream* stream);
    // The last frame showed a preview: draw again soon for the next camera frame.
    bool streaming() const { return m_streaming; }
    // While streaming, when to draw again: at the camera's pace (about ten frames a second),
    // or once a second while there is no camera, to notice it plugged back in.
    std::chrono::milliseconds redrawAfter() const;

private:
    void forget();

    StreamTexture* m_texture = nullptr;
    uint64_t m_seen = 0;
    ImTextureID m_id = nullptr;
    ImVec2 m_size;
    bool m_shownThisFrame = false;
    bool m_streaming = false;
    bool m_noCamera = false;  // the last frame showed the stream's error
};

}  // namespace kiosk::ui

#pragma once
// The port through which app/ui shows pixels it did not draw itself (the camera's live
// preview) without knowing OpenGL: app/runner implements it with a GL texture, headless tests
// with a recorder. Called on the UI thread between ImGui::NewFrame() and ImGui::Render().
#include <imgui.h>

namespace kiosk::ui {

class StreamTexture {
public:
    virtual ~StreamTexture() = default;
    // Puts a new picture (RGB, 3 bytes a pixel, rows packed, top row first) into the texture,
    // created or resized as needed; returns what ImGui::Image draws, or nullptr on failure.
    virtual ImTextureID upload(int width, int height, const unsigned char* rgb) = 0;
    // The picture is no longer shown: overwrite it and free the texture (frames show a card).
    virtual void clear() = 0;
};

}  // namespace kiosk::ui

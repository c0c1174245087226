#pragma once
// An SDL2 window with an OpenGL 3 context and ImGui's SDL2 + OpenGL3 backends attached.
#include <memory>

#include "kiosk/base/result.hpp"
#include "kiosk/runner/options.hpp"

struct SDL_Window;

namespace kiosk::runner {

class Window {
public:
    // Opens the window and creates the ImGui context; errors name what failed (no display, no GL).
    static Result<std::unique_ptr<Window>> open(const WindowOptions& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    SDL_Window* handle() const { return m_window; }
    void present();
    // Re-uploads ImGui's font atlas after the fonts were rebuilt (text size or window size).
    void reloadFontTexture();

private:
    Window(SDL_Window* window, void* glContext) : m_window(window), m_glContext(glContext) {}
    SDL_Window* m_window;
    void* m_glContext;
};

}  // namespace kiosk::runner

#include "kiosk/runner/window.hpp"

#include <SDL.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>

#include <string>

namespace kiosk::runner {
namespace {

Error sdlError(const char* code, const char* what) {
    return Error{code, std::string(what) + ": " + SDL_GetError(), ""};
}

}  // namespace

Result<std::unique_ptr<Window>> Window::open(const WindowOptions& options) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        return sdlError("runner.no_display",
                        "Không mở được màn hình (no display could be opened)");
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    // A kiosk never shows the desktop: no screen saver, no compositor bypass surprises.
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");

    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    int width = options.width, height = options.height;
    SDL_DisplayMode desktop{};
    if (options.fullscreen && SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
        // A kiosk session often runs without a window manager, which would otherwise be the one
        // to stretch a full-screen window: open it at the screen's own size and corner, so a
        // portrait screen gets a portrait window.
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
        x = y = 0;
        width = desktop.w;
        height = desktop.h;
    }
    SDL_Window* window = SDL_CreateWindow("Kiosk dịch vụ công", x, y, width, height, flags);
    if (window == nullptr) {
        const auto error = sdlError("runner.no_window", "Không tạo được cửa sổ (no window)");
        SDL_Quit();
        return error;
    }
    SDL_GLContext context = SDL_GL_CreateContext(window);
    if (context == nullptr) {
        const auto error = sdlError("runner.no_gl", "Không có OpenGL 3.2 (no OpenGL 3.2 context)");
        SDL_DestroyWindow(window);
        SDL_Quit();
        return error;
    }
    SDL_GL_MakeCurrent(window, context);
    SDL_GL_SetSwapInterval(1);
    if (options.fullscreen) SDL_ShowCursor(SDL_DISABLE);  // touch screens have no pointer

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing about a citizen's session is ever written to disk
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(window, context);
    ImGui_ImplOpenGL3_Init("#version 150");
    return std::unique_ptr<Window>(new Window(window, context));
}

Window::~Window() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(m_glContext);
    SDL_DestroyWindow(m_window);
    SDL_Quit();
}

void Window::present() { SDL_GL_SwapWindow(m_window); }

void Window::reloadFontTexture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace kiosk::runner

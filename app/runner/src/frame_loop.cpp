#include "kiosk/runner/frame_loop.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>

#include <algorithm>
#include <climits>
#include <deque>
#include <optional>
#include <vector>

#include "kiosk/runner/wake.hpp"

namespace kiosk::runner {
namespace {

using Clock = std::chrono::steady_clock;

// ImGui settles a layout change (a new screen, a hover state) over a couple of frames.
constexpr int kFramesAfterChange = 3;

bool isUserInput(const SDL_Event& e) {
    switch (e.type) {
        case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP: case SDL_MOUSEMOTION:
        case SDL_MOUSEWHEEL: case SDL_FINGERDOWN: case SDL_FINGERUP: case SDL_FINGERMOTION:
        case SDL_KEYDOWN: case SDL_KEYUP: case SDL_TEXTINPUT:
            return true;
        default:
            return false;
    }
}

class Loop {
public:
    Loop(Window& window, ui::FrameApp& app, const WindowOptions& options, const LoopHooks& hooks)
        : m_window(window), m_app(app), m_options(options), m_hooks(hooks) {}

    int run() {
        // A worker that finished wakes the loop at once; nothing is polled for its end.
        m_app.setWake(frameLoopWake());
        while (!m_quit) {
            waitForWork();
            if (m_quit) break;
            if (m_pendingFrames > 0 || m_options.quitAfterFrames) {
                drawFrame();
                if (m_options.quitAfterFrames && m_framesDrawn >= *m_options.quitAfterFrames) break;
            }
        }
        return 0;
    }

private:
    // The next moment the loop must wake without an event: the app's (a countdown, a progress
    // bar, the live preview) or the hooks' (the watchdog's ping). nullopt: only an event.
    std::optional<Clock::time_point> deadline() const {
        auto deadline = m_app.nextWakeup();
        if (const auto hook = m_hooks.nextPoll ? m_hooks.nextPoll() : std::nullopt) {
            deadline = deadline ? std::min(*deadline, *hook) : *hook;
        }
        return deadline;
    }

    // Sleeps in SDL until input, a wake (a worker finished, the config folder changed) or the
    // deadline; never spins and never polls while nothing changes.
    void waitForWork() {
        std::vector<SDL_Scancode> pressed;  // keys that went down in this frame's events
        std::deque<SDL_Event> earlier;
        earlier.swap(m_heldBack);
        for (const SDL_Event& held : earlier) admit(held, pressed);
        const bool mustDraw = m_pendingFrames > 0 || m_options.quitAfterFrames.has_value() || !earlier.empty();
        const auto until = deadline();
        SDL_Event event;
        bool got = false;
        if (mustDraw) {
            got = SDL_PollEvent(&event) != 0;
        } else if (!until) {
            got = SDL_WaitEvent(&event) != 0;
        } else {
            // Rounded up: waking a moment early would only spin until the deadline.
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*until - m_app.clock().steadyNow());
            got = wait.count() > 0
                      ? SDL_WaitEventTimeout(&event, static_cast<int>(std::min<long long>(wait.count(), INT_MAX))) != 0
                      : SDL_PollEvent(&event) != 0;
        }
        if (got) {
            admit(event, pressed);
            while (SDL_PollEvent(&event)) admit(event, pressed);
        }
        const auto after = m_app.clock().steadyNow();
        if (m_hooks.poll && m_hooks.poll(after)) m_pendingFrames = kFramesAfterChange;
        if (const auto wake = m_app.nextWakeup(); wake && *wake <= after) {
            m_pendingFrames = std::max(m_pendingFrames, 1);
        }
    }

    // ImGui 1.86 keeps whether a key is down, not that it was pressed: a key that went down and
    // up between two frames was never seen pressed, and a quick Tab or Esc at the desk was lost.
    // Such a key's release, and every event after it, waits for the next frame.
    void admit(const SDL_Event& event, std::vector<SDL_Scancode>& pressed) {
        const bool releasesPressed = event.type == SDL_KEYUP && std::find(pressed.begin(), pressed.end(),
                                                                          event.key.keysym.scancode) != pressed.end();
        if (!m_heldBack.empty() || releasesPressed) {
            m_heldBack.push_back(event);
            return;
        }
        if (event.type == SDL_KEYDOWN) pressed.push_back(event.key.keysym.scancode);
        handle(event);
    }

    void handle(const SDL_Event& event) {
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_QUIT) m_quit = true;
        if (isUserInput(event)) m_app.noteActivity(m_app.clock().steadyNow());
        if (event.type == SDL_KEYDOWN &&
            (event.key.keysym.sym == SDLK_RETURN || event.key.keysym.sym == SDLK_KP_ENTER)) {
            m_app.noteEnter();
        }
        m_pendingFrames = kFramesAfterChange;
    }

    void drawFrame() {
        ImGui_ImplSDL2_NewFrame();
        if (m_app.fontsDirty()) {
            m_app.buildFonts();
            // Before the first frame the backend uploads the atlas itself.
            if (m_framesDrawn > 0) m_window.reloadFontTexture();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        m_app.frame(m_app.clock().steadyNow());
        ImGui::Render();

        const ImGuiIO& io = ImGui::GetIO();
        glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
                   static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
        glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        m_window.present();

        if (++m_framesDrawn == 1 && m_hooks.afterFirstFrame) m_hooks.afterFirstFrame();
        if (m_pendingFrames > 0) --m_pendingFrames;
        if (m_app.quitRequested()) m_quit = true;
    }

    Window& m_window;
    ui::FrameApp& m_app;
    const WindowOptions& m_options;
    const LoopHooks& m_hooks;
    int m_pendingFrames = kFramesAfterChange;
    long m_framesDrawn = 0;
    bool m_quit = false;
    std::deque<SDL_Event> m_heldBack;  // for the next frame (admit)
};

}  // namespace

int runFrameLoop(Window& window, ui::FrameApp& app, const WindowOptions& options, const LoopHooks& hooks) {
    return Loop(window, app, options, hooks).run();
}

}  // namespace kiosk::runner

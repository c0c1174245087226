#include "kiosk/runner/wake.hpp"

#include <SDL.h>

namespace kiosk::runner {

std::function<void()> frameLoopWake() {
    static const Uint32 type = SDL_RegisterEvents(1);  // one event type for every wake
    return [] {
        SDL_Event event{};
        event.type = type;
        SDL_PushEvent(&event);
    };
}

}  // namespace kiosk::runner

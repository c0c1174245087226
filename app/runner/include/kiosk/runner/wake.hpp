#pragma once
// Wakes the frame loop from any thread: a worker that finished, a changed config folder. The
// loop sleeps in SDL_WaitEventTimeout and every SDL event wakes it, so a wake is one SDL user
// event (SDL_PushEvent is safe from any thread). Call after SDL_Init, i.e. once the window exists.
#include <functional>

namespace kiosk::runner {

std::function<void()> frameLoopWake();

}  // namespace kiosk::runner

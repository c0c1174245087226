#pragma once
// The key click of kiosk.toml [input] key_click: a few milliseconds of decaying noise, made
// here (no sound file), queued on an SDL audio device so the UI thread never waits for it.
// A kiosk without an audio device (tests, CI, a screen with no speaker) stays silent; that is
// never an error.
#include <cstdint>
#include <memory>
#include <vector>

namespace kiosk::runner {

// The click as mono float samples in -1..1 at `sampleRate`: a short burst of noise under a
// fast exponential decay, the same every time (a fixed seed).
std::vector<float> makeClickSamples(int sampleRate);

class KeyClick {
public:
    // Opens the default audio output; without one the click is silent.
    static std::unique_ptr<KeyClick> open();
    ~KeyClick();
    KeyClick(const KeyClick&) = delete;
    KeyClick& operator=(const KeyClick&) = delete;

    // Queues one click and returns at once; true when it was handed to a device.
    bool play();
    bool hasDevice() const { return m_device != 0; }

private:
    KeyClick() = default;
    std::uint32_t m_device = 0;  // SDL_AudioDeviceID; 0: no audio
    bool m_ownsAudio = false;     // this object initialised SDL's audio subsystem
    std::vector<float> m_samples;
};

}  // namespace kiosk::runner

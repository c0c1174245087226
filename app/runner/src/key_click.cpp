#include "kiosk/runner/key_click.hpp"

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace kiosk::runner {
namespace {

constexpr int kSampleRate = 48000;
constexpr double kClickSeconds = 0.012;  // long enough to hear, short enough not to overlap a fast typist
constexpr double kDecaySeconds = 0.002;  // e-folding time: a tick, not a tone
constexpr float kLevel = 0.35f;          // well below full scale: a click must not startle
// More clicks than this waiting in the queue means the device is not draining (a stalled
// sink): drop new ones rather than let them pile up and play late.
constexpr Uint32 kMaxQueuedClicks = 4;

}  // namespace

std::vector<float> makeClickSamples(int sampleRate) {
    const int n = static_cast<int>(std::lround(kClickSeconds * sampleRate));
    std::vector<float> samples(static_cast<size_t>(std::max(n, 0)));
    std::minstd_rand noise(0x6b696f);  // fixed: every click sounds the same
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    for (int i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double envelope = std::exp(-t / kDecaySeconds);
        samples[static_cast<size_t>(i)] = static_cast<float>(kLevel * envelope) * uniform(noise);
    }
    return samples;
}

std::unique_ptr<KeyClick> KeyClick::open() {
    std::unique_ptr<KeyClick> click(new KeyClick());
    if (SDL_WasInit(SDL_INIT_AUDIO) == 0) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return click;  // no audio driver: silent
        click->m_ownsAudio = true;
    }
    SDL_AudioSpec want{};
    want.freq = kSampleRate;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 256;  // small buffer: the click follows the finger closely
    SDL_AudioSpec have{};
    const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (device == 0) return click;  // no output device: silent
    click->m_device = device;
    click->m_samples = makeClickSamples(have.freq);
    SDL_PauseAudioDevice(device, 0);
    return click;
}

KeyClick::~KeyClick() {
    if (m_device != 0) SDL_CloseAudioDevice(m_device);
    if (m_ownsAudio) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool KeyClick::play() {
    if (m_device == 0 || m_samples.empty()) return false;
    const auto bytes = static_cast<Uint32>(m_samples.size() * sizeof(float));
    if (SDL_GetQueuedAudioSize(m_device) > kMaxQueuedClicks * bytes) return false;
    return SDL_QueueAudio(m_device, m_samples.data(), bytes) == 0;
}

}  // namespace kiosk::runner

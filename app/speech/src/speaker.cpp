#include "kiosk/speech/speaker.hpp"

#include <atomic>

#include <espeak-ng/speak_lib.h>

namespace kiosk::speech {
namespace {

constexpr int kWordsPerMinute = 140;  // slower than espeak's 175: many users are elderly

// espeak-ng is one global engine, used only by the worker; the UI thread asks it to stop through
// this flag, which the synthesis callback reads between chunks (returning 1 aborts).
std::atomic<bool> gCancel{false};

int onSynth(short*, int, espeak_EVENT*) { return gCancel.load() ? 1 : 0; }

// espeak-ng is set up once per process and never terminated: after espeak_Terminate a second
// espeak_Initialize in the same process leaves the next espeak_Terminate waiting forever on its
// internal threads (seen with Debian 12's 1.51 when a kiosk was made again in one process, as
// the UI tests do). Its memory stays reachable from its globals until the process ends.
bool engineReady() {
    static const bool ready = [] {
        if (espeak_Initialize(AUDIO_OUTPUT_SYNCH_PLAYBACK, 0, nullptr, 0) < 0) return false;
        espeak_SetSynthCallback(onSynth);
        espeak_SetParameter(espeakRATE, kWordsPerMinute, 0);
        return true;
    }();
    return ready;
}

}  // namespace

const char* voiceName(Voice voice) { return voice == Voice::English ? "en" : "vi"; }

Speaker::~Speaker() {
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_next.reset();
        gCancel = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable()) m_worker.join();
}

void Speaker::say(std::string text, Voice voice) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_available) return;
        // Under the lock, so the worker cannot take the new text before the old one is stopped.
        gCancel = true;
        m_next = Request{std::move(text), voice};
        if (!m_worker.joinable()) m_worker = std::thread([this] { run(); });
    }
    m_wake.notify_all();
}

void Speaker::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_next.reset();
        gCancel = true;
    }
}

bool Speaker::available() const {
    std::lock_guard lock(m_mutex);
    return m_available;
}

void Speaker::run() {
    // Synchronous playback: espeak_Synth returns when the text has been read or cancelled, so
    // one thread owns espeak-ng and nothing is queued behind the UI's back.
    if (!engineReady()) {
        std::lock_guard lock(m_mutex);
        m_available = false;
        m_next.reset();
        return;
    }
    for (;;) {
        Request request;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || m_next.has_value(); });
            if (m_quit) break;
            request = std::move(*m_next);
            m_next.reset();
            gCancel = false;
        }
        if (espeak_SetVoiceByName(voiceName(request.voice)) != EE_OK) continue;
        espeak_Synth(request.text.c_str(), request.text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                     nullptr, nullptr);
    }
}

}  // namespace kiosk::speech

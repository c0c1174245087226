#include "kiosk/speech/speaker.hpp"

#include <atomic>

#include <espeak-ng/speak_lib.h>
#include <pcaudiolib/audio.h>

namespace kiosk::speech {
namespace {

constexpr int kWordsPerMinute = 140;  // slower than espeak's 175: many users are elderly

// espeak-ng is one global engine, used only by the worker; the UI thread asks it to stop through
// this flag, which the synthesis callback reads between chunks (returning 1 aborts).
std::atomic<bool> gCancel{false};

// The sound output the worker plays each chunk into. espeak-ng synthesises into our callback
// (AUDIO_OUTPUT_SYNCHRONOUS) rather than playing itself: in its own playback mode it never calls
// the callback, so a cancel was never seen and a new page's reading waited for the whole old one
// (heard in ui_read_aloud_heard). The write blocks at the pace of the device, so the flag is read
// every chunk while the reading is heard.
audio_object* gOutput = nullptr;

int onSynth(short* samples, int count, espeak_EVENT*) {
    if (gCancel.load()) return 1;
    if (samples != nullptr && count > 0 &&
        audio_object_write(gOutput, samples, static_cast<size_t>(count) * sizeof(short)) != 0) {
        return 1;  // the device went away: stop this reading
    }
    return gCancel.load() ? 1 : 0;
}

// espeak-ng is set up once per process and never terminated: after espeak_Terminate a second
// espeak_Initialize in the same process leaves the next espeak_Terminate waiting forever on its
// internal threads (seen with Debian 12's 1.51 when a kiosk was made again in one process, as
// the UI tests do). Its memory stays reachable from its globals until the process ends. The
// output is opened with it, at the engine's sample rate; without one the speaker is silent.
bool engineReady() {
    static const bool ready = [] {
        const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
        if (rate <= 0) return false;
        gOutput = create_audio_device_object(nullptr, "kiosk", "read-aloud");
        if (gOutput == nullptr ||
            audio_object_open(gOutput, AUDIO_OBJECT_FORMAT_S16LE, static_cast<uint32_t>(rate), 1) != 0) {
            return false;
        }
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
    // espeak_Synth returns when the text has been read or cancelled, so one thread owns
    // espeak-ng and the output, and nothing is queued behind the UI's back.
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
        // A cancelled reading's buffered sound is dropped, not played out under the next one.
        if (gCancel.load()) audio_object_flush(gOutput);
        else audio_object_drain(gOutput);
    }
}

}  // namespace kiosk::speech

#include "kiosk/speech/speaker.hpp"

#include <atomic>
#include <utility>

#include <espeak-ng/speak_lib.h>
#include <pcaudiolib/audio.h>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::speech {
namespace {

constexpr int kWordsPerMinute = 140;  // slower than espeak's 175: many users are elderly

// espeak-ng is one global engine, used only by the worker. Each reading asked for takes the next
// turn (gWanted, bumped by say and stop on the UI thread); the worker plays one turn at a time
// (gPlaying), and the synthesis callback stops it between chunks as soon as it is no longer the
// latest (returning 1 aborts). A turn, unlike a cancel flag, cannot be reset by the worker after
// a newer request was made.
std::atomic<std::uint64_t> gWanted{0};
std::atomic<std::uint64_t> gPlaying{0};

bool cancelled() { return gWanted.load() != gPlaying.load(); }

// The sound output the worker plays each chunk into. espeak-ng synthesises into our callback
// (AUDIO_OUTPUT_SYNCHRONOUS) rather than playing itself: in its own playback mode it never calls
// the callback, so a cancel was never seen and a new page's reading waited for the whole old one
// (heard in ui_read_aloud_heard). The write blocks at the pace of the device, so the flag is read
// every chunk while the reading is heard.
audio_object* gOutput = nullptr;

int onSynth(short* samples, int count, espeak_EVENT*) {
    if (cancelled()) return 1;
    if (samples != nullptr && count > 0 &&
        audio_object_write(gOutput, samples, static_cast<size_t>(count) * sizeof(short)) != 0) {
        return 1;  // the device went away: stop this reading
    }
    return cancelled() ? 1 : 0;
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

Speaker::Speaker() = default;

// The reading in hand is cut short; the worker then stops and joins.
Speaker::~Speaker() {
    ++gWanted;
    m_worker.reset();
}

void Speaker::say(std::string text, Voice voice) {
    if (!m_available) return;
    if (!m_worker) {
        m_worker = std::make_unique<Worker<Request>>(Worker<Request>::Steps{
            .run = [this](Request& request) { read(request); },
            .drop = [](Request& request) { secureWipe(request.text); },  // words a citizen typed, maybe
            .start =
                [this] {
                    if (!engineReady()) m_available = false;
                }});
    }
    // The turn first, so the reading being heard stops at its next chunk; then nothing older
    // stays queued behind the new one.
    const std::uint64_t turn = ++gWanted;
    m_worker->dropPending();
    m_worker->submit(Request{std::move(text), voice, turn});
}

void Speaker::stop() {
    ++gWanted;
    if (m_worker) m_worker->dropPending();
}

bool Speaker::available() const { return m_available; }

// espeak_Synth returns when the text has been read or cut short, so one thread owns espeak-ng
// and the output, and nothing is queued behind the UI's back.
void Speaker::read(Request& request) {
    if (m_available && request.turn == gWanted.load()) {
        gPlaying = request.turn;
        if (espeak_SetVoiceByName(voiceName(request.voice)) == EE_OK) {
            espeak_Synth(request.text.c_str(), request.text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                         nullptr);
            // A cut reading's buffered sound is dropped, not played out under the next one.
            if (cancelled()) audio_object_flush(gOutput);
            else audio_object_drain(gOutput);
        }
    }
    secureWipe(request.text);
}

}  // namespace kiosk::speech

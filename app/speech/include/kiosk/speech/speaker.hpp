#pragma once
// Reads text aloud with espeak-ng (Vietnamese voice "vi", English "en") without blocking the UI:
// synthesis and playback run on the kiosk's one worker type (kiosk::Worker), started at the first
// request. A new reading or stop() drops what is queued and cuts the one being heard short
// between chunks. Where espeak-ng or an audio device is missing the speaker stays silent; it
// never fails the kiosk. espeak-ng is one engine per process: use one Speaker at a time.
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "kiosk/base/worker.hpp"

namespace kiosk::speech {

enum class Voice { Vietnamese, English };

// The espeak-ng voice name for `voice` ("vi", "en").
const char* voiceName(Voice voice);

class Speaker {
public:
    Speaker();
    ~Speaker();
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // Starts reading `text` (UTF-8), cutting short whatever is being read; returns at once.
    void say(std::string text, Voice voice);
    // Stops reading (a new page, the session ended).
    void stop();
    // False once the worker found no usable espeak-ng or audio output.
    bool available() const;

private:
    struct Request {
        std::string text;
        Voice voice = Voice::Vietnamese;
        std::uint64_t turn = 0;  // heard only while it is the latest reading asked for
    };
    void read(Request& request);

    std::atomic<bool> m_available{true};
    std::unique_ptr<Worker<Request>> m_worker;  // started at the first reading
};

}  // namespace kiosk::speech

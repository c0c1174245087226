#pragma once
// Reads text aloud with espeak-ng (Vietnamese voice "vi", English "en") without blocking the UI:
// synthesis and playback run on a worker thread started at the first request. Where espeak-ng
// or an audio device is missing the speaker stays silent; it never fails the kiosk. espeak-ng is
// one engine per process: use one Speaker at a time.
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace kiosk::speech {

enum class Voice { Vietnamese, English };

// The espeak-ng voice name for `voice` ("vi", "en").
const char* voiceName(Voice voice);

class Speaker {
public:
    Speaker() = default;
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
    };
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Request> m_next;
    bool m_quit = false;
    bool m_available = true;
    std::thread m_worker;
};

}  // namespace kiosk::speech

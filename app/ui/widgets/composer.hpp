#pragma once
// How key presses become text. The on-screen keyboard and a physical keyboard both send
// KeyPresses; a Composer decides what they do to the text. The basic one here appends letters
// and puts a tone on the last vowel; Telex/VNI composition can replace it (KioskApp::setComposer).
#include <memory>
#include <string>
#include <string_view>

namespace kiosk::ui {

enum class Tone { Sac, Huyen, Hoi, Nga, Nang };

struct KeyPress {
    enum class Kind { Text, Tone, Space, Backspace, Done };
    Kind kind = Kind::Text;
    std::string text;  // Kind::Text: one character, UTF-8
    Tone tone = Tone::Sac;
};

class Composer {
public:
    virtual ~Composer() = default;
    // The text after `key` is pressed at the end of `current` (NFC UTF-8 in and out).
    virtual std::string apply(std::string_view current, const KeyPress& key) const = 0;
};

// Letters as typed; a tone key sets (or, pressed again, removes) the tone of the last vowel of
// the last word, preferring a vowel that carries a mark (ơ in "ươ").
std::unique_ptr<Composer> makeBasicComposer();

}  // namespace kiosk::ui

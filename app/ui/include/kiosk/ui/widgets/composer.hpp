#pragma once
// How key presses become text. The on-screen keyboard and a physical keyboard both send
// KeyPresses to one TextComposer, which types them through the Telex/VNI engine (app/ime) into
// the box that has the keyboard, so both keyboards compose the same way.
#include <string>
#include <string_view>

#include "kiosk/config/config.hpp"
#include "kiosk/ime/composer.hpp"

namespace kiosk::ui {

struct KeyPress {
    enum class Kind { Text, Tone, Space, Backspace, Clear, Paste, Done };
    Kind kind = Kind::Text;
    std::string text;                  // Text: one key, UTF-8; Paste: the pasted text
    ime::Tone tone = ime::Tone::None;  // Tone: the tone key of the on-screen tone row
};

class TextComposer {
public:
    explicit TextComposer(const config::InputSettings& settings);

    // Telex or VNI, and the tone style, for the keys that follow (from kiosk.toml).
    void configure(const config::InputSettings& settings);

    // The text of a box after `key`. `current` is what the box holds now; when it is not what
    // this composer last wrote (another box, a prefilled answer) it is taken up first and its
    // last word can be finished. `maxChars` (0: none) is enforced in whole characters. Without
    // `compose` letters go in as typed (e-mail addresses).
    std::string apply(std::string_view current, const KeyPress& key, size_t maxChars, bool compose = true);

    // The keyboard moved to a box holding `current`: typing finishes its last word, with
    // `settings` (the session's config may differ from the one the last box was typed with).
    void begin(std::string_view current, const config::InputSettings& settings);

private:
    void applyTone(ime::Tone tone);

    ime::Composer m_ime;
};

}  // namespace kiosk::ui
